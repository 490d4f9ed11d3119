package io.visitwire.extraction.nlp;

import java.time.LocalDate;

/**
 * What the rules know about an article beyond its sentences.
 *
 * @param docDate      the day relative dates resolve against: the dateline's day if the body gives one, else the
 *                     publication date
 * @param homeCountry  the publisher's country (ISO alpha-2) or null; officials with an office but no
 *                     stated country are taken to hold office there
 * @param datelineEnd  body offset where the dateline ("WASHINGTON, Oct. 22, 2017 —") ends, 0 if none
 * @param datelinePlace the dateline's place as written, or null
 * @param datelineDay  the day the body's dateline states ("HANOI, Sept 3 (Reuters) -", "September 3, 2026,
 *                     Hanoi."), or null when it states none
 */
public record DocumentContext(LocalDate docDate, String homeCountry, int datelineEnd, String datelinePlace,
                              LocalDate datelineDay) {

    public DocumentContext(LocalDate docDate, String homeCountry, int datelineEnd, String datelinePlace) {
        this(docDate, homeCountry, datelineEnd, datelinePlace, null);
    }
}
