#!/usr/bin/env python3
"""Print visitwire's visit events (topic visits.v1) as JSON lines, reading as a consumer group, read_committed.

    python3 examples/python/consume_visits.py --bootstrap-server localhost:9092

Needs Debian's python3-confluent-kafka and python3-avro (apt-get install python3-confluent-kafka python3-avro;
they are modules of Debian's /usr/bin/python3). Nothing else: no schema registry, no visitwire code.

How a value is read (the wire format, README "Reading the topics from other tools"): bytes C3 01, then the 8-byte
fingerprint of the writer's schema, then the Avro binary body. The fingerprint is looked up in the shipped
topic-schemas/index.json (schemas/src/main/resources/topic-schemas/ in the repository, topic-schemas/ in the schemas
jar), never computed here: python3-avro 1.11's Parsing Canonical Form differs from Java's (a primitive type with
attributes, such as {"type": "string", "avro.java.string": "String"} or {"type": "long", "logicalType":
"timestamp-millis"}, stays {"type":"string"} instead of becoming "string"), so its fingerprints match none of
visitwire's. The body is decoded with that writer schema and resolved to
the topic's current schema, so visits written by an older release still read.

One line per record, in the form of `visitwire tail visits.v1`: the visit as JSON (field names of the schema,
unions as their value, timestamps as ISO-8601 instants); a deleted visit (tombstone on the compacted topic) as
{"key": ..., "value": null}; a record that cannot be decoded as {"error": ..., "topic": ..., "partition": ...,
"offset": ...}, and the consumer goes on.
"""

import argparse
import base64
import datetime
import io
import json
import os
import sys

import avro.io
import avro.schema
from confluent_kafka import Consumer, KafkaError, KafkaException

CONTRACT_TOPIC = "visits.v1"
MARKER = b"\xc3\x01"
HEADER_BYTES = 10
DEFAULT_SCHEMAS = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                                "schemas", "src", "main", "resources", "topic-schemas"))


class VisitDecoder:
    """Decodes visits.v1 values with the schemas and fingerprints that index.json ships."""

    def __init__(self, schemas_dir):
        with open(os.path.join(schemas_dir, "index.json"), encoding="utf-8") as index_file:
            entry = json.load(index_file)["topics"][CONTRACT_TOPIC]
        self.reader_schema = self._load(schemas_dir, entry["schema"])
        self.readers = {}
        for fingerprint, path in entry["writerSchemas"].items():
            writer_schema = self._load(schemas_dir, path)
            self.readers[bytes.fromhex(fingerprint)] = avro.io.DatumReader(writer_schema, self.reader_schema)

    @staticmethod
    def _load(schemas_dir, path):
        with open(os.path.normpath(os.path.join(schemas_dir, path)), encoding="utf-8") as schema_file:
            return avro.schema.parse(schema_file.read())

    def decode(self, value):
        if len(value) < HEADER_BYTES or value[:2] != MARKER:
            raise ValueError("not Avro single-object encoding: starts %s, not c301" % value[:2].hex())
        fingerprint = value[2:HEADER_BYTES]
        reader = self.readers.get(fingerprint)
        if reader is None:
            raise ValueError("no schema with fingerprint %s in index.json for %s" % (fingerprint.hex(), CONTRACT_TOPIC))
        return reader.read(avro.io.BinaryDecoder(io.BytesIO(value[HEADER_BYTES:])))


def as_json(value):
    """JSON for what python3-avro returns beyond JSON's own types: timestamp-millis as Java prints an Instant."""
    if isinstance(value, datetime.datetime):
        utc = value.astimezone(datetime.timezone.utc)
        millis = utc.microsecond // 1000
        return utc.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % millis if millis else "") + "Z"
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError("%s is not JSON" % type(value).__name__)


def text(data):
    """A key as visitwire's tools show it: UTF-8 text, else base64."""
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return base64.b64encode(data).decode("ascii")


def line(decoder, message):
    try:
        if message.value() is None:
            record = {"key": text(message.key()), "value": None}
        else:
            record = decoder.decode(message.value())
        return json.dumps(record, default=as_json, ensure_ascii=False, separators=(",", ":"))
    except Exception as error:  # an undecodable record is a line, and the consumer goes on
        return json.dumps({"error": str(error), "topic": message.topic(), "partition": message.partition(),
                           "offset": message.offset()}, ensure_ascii=False, separators=(",", ":"))


def main():
    parser = argparse.ArgumentParser(description="Print visitwire's visit events as JSON lines.")
    parser.add_argument("--bootstrap-server", default="localhost:9092")
    parser.add_argument("--topic", default=CONTRACT_TOPIC, help="topic holding visits.v1's records (default: %(default)s)")
    parser.add_argument("--group", default="visitwire-python-visits",
                        help="consumer group; a new group starts at the earliest visit (default: %(default)s)")
    parser.add_argument("--max-messages", type=int, help="exit after this many records")
    parser.add_argument("--timeout-ms", type=int, help="exit when no record came for this long")
    parser.add_argument("--schemas", default=DEFAULT_SCHEMAS, help="the topic-schemas directory (default: %(default)s)")
    parser.add_argument("--kafka", action="append", default=[], metavar="NAME=VALUE",
                        help="any librdkafka setting, e.g. security.protocol=SASL_SSL (repeatable)")
    args = parser.parse_args()

    decoder = VisitDecoder(args.schemas)
    config = {
        "bootstrap.servers": args.bootstrap_server,
        "group.id": args.group,
        "isolation.level": "read_committed",  # enrich and sink write in transactions
        "auto.offset.reset": "earliest",
        "enable.auto.commit": True,
    }
    for setting in args.kafka:
        name, _, value = setting.partition("=")
        config[name] = value
    consumer = Consumer(config)
    consumer.subscribe([args.topic])
    printed = 0
    waited_ms = 0
    try:
        while args.max_messages is None or printed < args.max_messages:
            message = consumer.poll(0.5)
            if message is None:
                waited_ms += 500
                if args.timeout_ms is not None and waited_ms >= args.timeout_ms:
                    break
                continue
            if message.error():
                if message.error().fatal():
                    raise KafkaException(message.error())
                if message.error().code() != KafkaError._PARTITION_EOF:
                    print("consume_visits: %s" % message.error(), file=sys.stderr)
                continue
            waited_ms = 0
            print(line(decoder, message), flush=True)
            printed += 1
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()  # commits the offsets of what was printed
    print("consume_visits: %d records" % printed, file=sys.stderr)


if __name__ == "__main__":
    main()
