// The visits page: polls GET /visits with the form's filters and draws the answer as a list and a timeline.
// Written by hand, no libraries, nothing fetched from another origin (the server's Content-Security-Policy says so).
// Every text from the API goes into the DOM as text (textContent), never as HTML.
'use strict';

(function () {
  const POLL_MS = 3000;
  const PAGE_SIZE = 50;
  const TIMELINE_ROWS = 40;
  const FILTERS = ['visitor', 'country', 'status', 'from', 'to'];
  const STATUS_LABELS = {
    COMPLETED: 'completed', ONGOING: 'ongoing', PLANNED: 'planned', CANCELLED: 'cancelled', UNKNOWN: 'status unknown'
  };
  const KIND_LABELS = { PROMISE: 'promise', PLAN: 'plan', PLEDGE: 'pledge', OFFER: 'offer', OTHER: 'commitment' };
  const MAX_IDS = 500;
  const NEW_FOR_MS = 60000;
  const SVG = 'http://www.w3.org/2000/svg';
  const DAY = 86400000;

  const $ = (id) => document.getElementById(id);
  const form = $('filters');
  const list = $('visits');

  /** visitId → visit, everything loaded for the current filters. */
  let visits = new Map();
  /** visitIds seen since the page opened, to mark the ones that arrive later. */
  const seen = new Set();
  /** visitId → when it arrived, for the ones that arrived after the first answer. */
  const arrivedAt = new Map();
  /** what the list shows, to leave the DOM (and the reader's focus) alone when nothing changed. */
  let shownSignature = null;
  let firstAnswer = true;
  let nextCursor = null;
  let olderLoaded = false;
  let query = '';
  let generation = 0;
  let timer = null;
  const countries = new Set();
  /** commitmentId → the commitment, once GET /commitments?ids= has answered for it (a visit's commitmentIds). */
  const commitmentsById = new Map();
  let askingCommitments = false;
  /** the width the timeline was last drawn to */
  let drawnWidth = 0;

  const regionNames = (() => {
    try {
      return new Intl.DisplayNames(['en'], { type: 'region' });
    } catch (e) {
      return null;
    }
  })();

  function countryName(code) {
    if (!code) return null;
    try {
      const name = regionNames && regionNames.of(code.toUpperCase());
      return name && name !== code ? name : code;
    } catch (e) {
      return code;
    }
  }

  // ---- dates: the API's dates are YYYY-MM-DD, YYYY-MM or YYYY ----

  const PERIOD = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

  /** [first ms, end ms (exclusive)] of the day, month or year a date names; null if it is none. */
  function period(text) {
    const m = PERIOD.exec(text || '');
    if (!m) return null;
    const y = +m[1];
    if (m[3]) return [Date.UTC(y, +m[2] - 1, +m[3]), Date.UTC(y, +m[2] - 1, +m[3] + 1)];
    if (m[2]) return [Date.UTC(y, +m[2] - 1, 1), Date.UTC(y, +m[2], 1)];
    return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
  }

  const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const stampFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

  function formatDate(text) {
    const m = PERIOD.exec(text || '');
    if (!m) return text;
    const p = period(text);
    if (m[3]) return dayFormat.format(p[0]);
    if (m[2]) return monthFormat.format(p[0]);
    return m[1];
  }

  function timeElement(text) {
    const t = document.createElement('time');
    t.dateTime = text;
    t.textContent = formatDate(text);
    return t;
  }

  // ---- small DOM helpers ----

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function svg(tag, attributes) {
    const e = document.createElementNS(SVG, tag);
    Object.entries(attributes || {}).forEach(([k, v]) => e.setAttribute(k, v));
    return e;
  }

  /** Only web links become links: an article url is data from anyone who can post. */
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  function hostOf(url) {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch (e) {
      return url;
    }
  }

  function person(ref) {
    if (!ref) return '';
    return ref.title ? `${ref.name} (${ref.title})` : ref.name;
  }

  function statusOf(visit) {
    return STATUS_LABELS[visit.status] ? visit.status : 'UNKNOWN';
  }

  function anchorId(visit) {
    return 'visit-' + String(visit.visitId).replace(/[^A-Za-z0-9_-]/g, '_');
  }

  // ---- filters: the form, the page's address and the API's parameters say the same ----

  function filtersFromForm() {
    const params = new URLSearchParams();
    FILTERS.forEach((name) => {
      const value = (form.elements[name].value || '').trim();
      if (value) params.set(name, value);
    });
    return params;
  }

  function formFromAddress() {
    const params = new URLSearchParams(location.search);
    FILTERS.forEach((name) => {
      form.elements[name].value = params.get(name) || '';
    });
  }

  function apply() {
    const params = filtersFromForm();
    query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
    visits = new Map();
    // what other filters bring in is not news: only what arrives while these filters stay
    firstAnswer = true;
    shownSignature = null;
    nextCursor = null;
    olderLoaded = false;
    generation += 1;
    document.body.dataset.query = query;
    markInvalid([]);
    delete document.body.dataset.loadedQuery;
    refresh();
  }

  // ---- talking to the API ----

  async function fetchVisits(cursor) {
    const params = new URLSearchParams(query);
    params.set('limit', String(PAGE_SIZE));
    if (cursor) params.set('cursor', cursor);
    const response = await fetch('/visits?' + params.toString(), { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = '';
      let fields = [];
      try {
        const problem = await response.json();
        // a 400 names each parameter at fault: say which field to fix
        const each = (problem.problems || []).filter((p) => p && p.message)
          .map((p) => (p.field ? p.field + ': ' : '') + p.message);
        detail = each.length ? each.join('; ') : problem.detail || problem.title || '';
        fields = (problem.problems || []).map((p) => p && p.field).filter(Boolean);
      } catch (e) {
        // not a problem document
      }
      const error = new Error(detail);
      error.status = response.status;
      error.retryAfter = response.headers.get('Retry-After');
      error.fields = fields;
      throw error;
    }
    const body = await response.json();
    return Array.isArray(body) ? { visits: body, nextCursor: null } : { visits: body.visits || [], nextCursor: body.nextCursor || null };
  }

  /**
   * The commitments of the visits shown that are not loaded yet, in one request. The list query answers 200 with
   * those the stores hold: one the sink has not stored yet is simply asked again on the next poll.
   */
  async function askCommitments(shown) {
    const wanted = [...new Set(shown.flatMap((visit) => visit.commitmentIds || []))].filter((id) => !commitmentsById.has(id));
    if (!wanted.length || askingCommitments) return;
    askingCommitments = true;
    try {
      const params = new URLSearchParams({ ids: wanted.slice(0, MAX_IDS).join(','), limit: String(MAX_IDS) });
      const response = await fetch('/commitments?' + params.toString(), { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const found = (await response.json()).commitments || [];
      found.forEach((commitment) => commitmentsById.set(commitment.id, commitment));
      if (found.length) {
        shownSignature = null;
        render();
      }
    } catch (e) {
      // asked again on the next poll
    } finally {
      askingCommitments = false;
    }
  }

  async function refresh() {
    clearTimeout(timer);
    const asked = generation;
    let delay = POLL_MS;
    try {
      const page = await fetchVisits(null);
      if (asked !== generation) return;
      // the first page as the API answers it now: a visit that no longer matches the filters leaves the list
      if (!olderLoaded) visits = new Map();
      const arrived = [];
      page.visits.forEach((visit) => {
        if (!seen.has(visit.visitId)) {
          seen.add(visit.visitId);
          if (!firstAnswer) {
            arrived.push(visit.visitId);
            arrivedAt.set(visit.visitId, Date.now());
          }
        }
        visits.set(visit.visitId, visit);
        if (visit.country) countries.add(visit.country.toUpperCase());
      });
      if (!olderLoaded) nextCursor = page.nextCursor;
      firstAnswer = false;
      showProblem(null);
      render();
      askCommitments([...visits.values()]);
      $('live').textContent = 'Live: checked at ' + timeFormat.format(new Date()) + ', every ' + POLL_MS / 1000 + ' s';
      if (arrived.length) {
        $('announce').textContent = arrived.length === 1 ? '1 new visit' : arrived.length + ' new visits';
      }
      document.body.dataset.loadedQuery = query;
    } catch (error) {
      if (asked !== generation) return;
      delay = problemDelay(error);
    } finally {
      if (asked === generation && delay) timer = setTimeout(refresh, delay);
    }
  }

  function problemDelay(error) {
    let delay = POLL_MS;
    if (error.status === 404) {
      showProblem('This server answers no visit queries (GET /visits: 404). Open the page on the port of ./visitwire up or of the sink.');
      delay = POLL_MS * 10;
    } else if (error.status === 503) {
      const seconds = parseInt(error.retryAfter, 10);
      if (seconds > 0) delay = seconds * 1000;
      showProblem('The visit state is not ready yet' + (error.message ? ' (' + error.message + ')' : '') + '; trying again in '
        + Math.round(delay / 1000) + ' s.');
    } else if (error.status === 400) {
      // the same query would be refused again: wait for the reader to change it
      markInvalid(error.fields || []);
      showProblem('The visit API refused the query (' + error.message + '). Change the filter and apply it again.');
      delay = null;
    } else if (error.status) {
      showProblem('The visit API refused the query (' + error.status + (error.message ? ': ' + error.message : '') + ').');
    } else {
      showProblem('Cannot reach the visit API; trying again every ' + POLL_MS / 1000 + ' s.');
    }
    $('live').textContent = 'Not live: last attempt at ' + timeFormat.format(new Date());
    return delay;
  }

  /** Marks the filters the API named as at fault, for assistive technology and the eye alike. */
  function markInvalid(fields) {
    FILTERS.forEach((name) => {
      const input = form.elements[name];
      if (fields.includes(name)) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-errormessage', 'problem');
      } else {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-errormessage');
      }
    });
  }

  function showProblem(text) {
    const p = $('problem');
    p.hidden = !text;
    p.textContent = text || '';
  }

  async function loadOlder() {
    if (!nextCursor) return;
    const asked = generation;
    const button = $('more');
    button.disabled = true;
    try {
      const page = await fetchVisits(nextCursor);
      if (asked !== generation) return;
      page.visits.forEach((visit) => {
        seen.add(visit.visitId);
        visits.set(visit.visitId, visit);
      });
      nextCursor = page.nextCursor;
      olderLoaded = true;
      render();
    } catch (error) {
      problemDelay(error);
    } finally {
      button.disabled = false;
    }
  }

  // ---- drawing ----

  function newestFirst(a, b) {
    return String(b.updatedAt || '').localeCompare(String(a.updatedAt || ''))
      || String(b.start || '').localeCompare(String(a.start || ''));
  }

  function render() {
    const now = Date.now();
    const ordered = [...visits.values()].sort(newestFirst);
    const fresh = new Set(ordered.map((v) => v.visitId).filter((id) => now - (arrivedAt.get(id) || -Infinity) < NEW_FOR_MS));
    const signature = JSON.stringify([ordered, [...fresh], nextCursor]);
    if (signature === shownSignature) return;
    shownSignature = signature;
    const focused = list.contains(document.activeElement) ? document.activeElement.closest('li.visit') : null;
    const open = new Set([...list.querySelectorAll('details[open]')].map((d) => d.closest('li.visit').id));
    const items = ordered.map((visit) => visitItem(visit, fresh.has(visit.visitId)));
    list.replaceChildren(...items);
    items.forEach((li) => {
      if (open.has(li.id)) li.querySelector('details').open = true;
    });
    if (focused) {
      const again = document.getElementById(focused.id);
      const target = again && again.querySelector('a, summary');
      if (target) target.focus();
    }
    $('visit-count').textContent = ordered.length ? '(' + ordered.length + (nextCursor ? '+' : '') + ')' : '';
    $('empty').hidden = ordered.length > 0;
    $('more').hidden = !nextCursor;
    renderCountries();
    renderTimeline(ordered);
  }

  function renderCountries() {
    const options = [...countries].sort().map((code) => {
      const option = document.createElement('option');
      option.value = code;
      option.label = countryName(code);
      return option;
    });
    $('known-countries').replaceChildren(...options);
  }

  function visitItem(visit, isNew) {
    const status = statusOf(visit);
    const li = el('li', 'visit' + (isNew ? ' new' : ''));
    li.id = anchorId(visit);
    li.dataset.visitId = visit.visitId;
    li.dataset.country = visit.country || '';
    li.dataset.status = status;
    const article = el('article');
    const headingId = li.id + '-h';
    article.setAttribute('aria-labelledby', headingId);

    const head = el('header', 'visit-head');
    const h3 = el('h3');
    h3.id = headingId;
    const visitor = visit.visitor || {};
    h3.append(el('span', 'who', visitor.name || 'unknown visitor'));
    if (visitor.title) h3.append(' ', el('span', 'role', '(' + visitor.title + ')'));
    head.append(h3, el('span', 'status status-' + status.toLowerCase(), STATUS_LABELS[status]));
    if (isNew) head.append(el('span', 'badge-new', 'new'));
    article.append(head);

    const facts = el('dl', 'facts');
    const where = [visit.place, visit.country ? countryName(visit.country) + ' (' + visit.country + ')' : null]
      .filter(Boolean).join(', ');
    addFact(facts, 'Where', where || 'place unknown');
    addFact(facts, 'When', when(visit));
    if (visit.hosts && visit.hosts.length) addFact(facts, 'Hosts', visit.hosts.map(person).join('; '));
    if (visitor.country) addFact(facts, 'Visitor from', countryName(visitor.country));
    const promised = (visit.commitmentIds || []).map((id) => commitmentsById.get(id)).filter(Boolean);
    if (promised.length) addFact(facts, 'Commitments', commitmentList(promised));
    article.append(facts);

    const evidence = visit.evidence || [];
    if (evidence.length) {
      article.append(evidenceQuote(evidence[0], visit));
      if (evidence.length > 1) {
        const more = el('details', 'more-evidence');
        more.append(el('summary', null, (evidence.length - 1) + ' more ' + (evidence.length === 2 ? 'sentence' : 'sentences')));
        evidence.slice(1).forEach((item) => more.append(evidenceQuote(item, visit)));
        article.append(more);
      }
    }

    const sources = visit.sources || [];
    const meta = el('p', 'meta');
    meta.append((sources.length === 1 ? '1 article' : sources.length + ' articles')
      + (visit.updatedAt ? ' · updated ' + stampFormat.format(new Date(visit.updatedAt)) : ''));
    article.append(meta);
    li.append(article);
    return li;
  }

  /** "Ada Okafor (pledge, due Jul 2026): provide $5 million for the vaccine campaign — for Malawi", one line each. */
  function commitmentList(commitments) {
    const ul = el('ul', 'commitments');
    commitments.forEach((commitment) => {
      const li = el('li');
      const about = [KIND_LABELS[commitment.kind] || KIND_LABELS.OTHER];
      if (commitment.due) about.push('due ' + formatDate(commitment.due));
      li.append(el('span', 'committer', commitment.committer), ' (' + about.join(', ') + '): ', commitment.action);
      if (commitment.recipient) li.append(' — for ' + commitment.recipient);
      ul.append(li);
    });
    return ul;
  }

  function addFact(dl, term, value) {
    dl.append(el('dt', null, term));
    const dd = el('dd');
    if (value instanceof Node) dd.append(value); else dd.textContent = value;
    dl.append(dd);
  }

  function when(visit) {
    const span = document.createDocumentFragment();
    if (!visit.start && !visit.end) {
      span.append('dates unknown');
    } else if (visit.start && visit.end && visit.end !== visit.start) {
      span.append(timeElement(visit.start), ' – ', timeElement(visit.end));
    } else {
      span.append(timeElement(visit.start || visit.end));
    }
    return span;
  }

  function evidenceQuote(item, visit) {
    const source = (visit.sources || []).find((s) => s.articleId === item.articleId) || {};
    const url = safeUrl(item.url) || safeUrl(source.url);
    const quote = el('blockquote', 'evidence');
    if (url) quote.cite = url;
    // the sentence as the article has it (it may open with its own quotation mark): the blockquote marks it quoted
    quote.append(el('p', null, item.sentence));
    const from = el('p', 'from');
    const label = (url ? hostOf(url) : 'article ' + item.articleId) + (source.published ? ', ' + formatDate(source.published) : '');
    if (url) {
      const a = el('a', null, label);
      a.href = url;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      a.setAttribute('aria-label', 'Read the article on ' + label + ' (opens in a new tab)');
      from.append('— ', a);
    } else {
      from.append('— ' + label);
    }
    quote.append(from);
    return quote;
  }

  // ---- the timeline: one row per dated visit, a bar from its start to its end ----

  function renderTimeline(ordered) {
    const box = $('timeline');
    const dated = [];
    let undated = 0;
    ordered.forEach((visit) => {
      const start = period(visit.start || visit.end);
      if (!start) {
        undated += 1;
        return;
      }
      const end = period(visit.end) || start;
      dated.push({ visit, from: start[0], to: Math.max(end[1], start[1]) });
    });
    const shown = dated.slice(0, TIMELINE_ROWS).sort((a, b) => a.from - b.from || a.to - b.to);
    const notes = [];
    if (dated.length > shown.length) notes.push('the ' + shown.length + ' latest of ' + dated.length + ' dated visits');
    if (undated) notes.push(undated + (undated === 1 ? ' visit' : ' visits') + ' without dates not drawn');
    $('timeline-note').textContent = notes.length ? 'Showing ' + notes.join('; ') + '.' : '';
    if (!shown.length) {
      box.replaceChildren(el('p', 'note', 'Dated visits appear here on a time axis.'));
      return;
    }

    drawnWidth = box.clientWidth;
    const width = Math.max(box.clientWidth || 0, 280);
    const narrow = width < 640;
    const labelWidth = narrow ? 0 : Math.min(300, Math.round(width * 0.32));
    const rowHeight = narrow ? 40 : 28;
    const axisHeight = 30;
    const left = labelWidth + 12;
    const right = width - 16;
    let lo = Math.min(...shown.map((d) => d.from));
    let hi = Math.max(...shown.map((d) => d.to));
    if (hi - lo < 30 * DAY) {
      const middle = (lo + hi) / 2;
      lo = middle - 15 * DAY;
      hi = middle + 15 * DAY;
    }
    const pad = (hi - lo) * 0.03;
    lo -= pad;
    hi += pad;
    const x = (t) => left + (t - lo) / (hi - lo) * (right - left);
    const height = axisHeight + shown.length * rowHeight + 8;

    const chart = svg('svg', {
      width: String(width), height: String(height), viewBox: `0 0 ${width} ${height}`,
      'aria-labelledby': 'timeline-title'
    });
    const title = svg('title', { id: 'timeline-title' });
    title.textContent = 'Timeline of ' + shown.length + (shown.length === 1 ? ' visit' : ' visits') + ' from '
      + dayFormat.format(lo) + ' to ' + dayFormat.format(hi);
    chart.append(title);

    ticks(lo, hi, Math.max(2, Math.floor((right - left) / 90))).forEach((tick) => {
      const tx = x(tick.at);
      chart.append(svg('line', { x1: tx, x2: tx, y1: axisHeight - 6, y2: height - 4, class: 'grid' }));
      // a tick near an edge keeps its label inside the chart
      const label = svg('text', { x: Math.min(Math.max(tx, 18), width - 18), y: axisHeight - 12, class: 'tick', 'text-anchor': 'middle' });
      label.textContent = tick.label;
      chart.append(label);
    });

    shown.forEach((d, i) => {
      const status = statusOf(d.visit);
      const top = axisHeight + i * rowHeight;
      const visitor = (d.visit.visitor || {}).name || 'unknown visitor';
      const where = [d.visit.place, d.visit.country].filter(Boolean).join(', ');
      const text = visitor + (where ? ' → ' + where : '');
      const link = svg('a', { href: '#' + anchorId(d.visit), class: 'row status-' + status.toLowerCase() });
      const dates = formatDate(d.visit.start || d.visit.end) + (d.visit.end && d.visit.start && d.visit.end !== d.visit.start
        ? ' – ' + formatDate(d.visit.end) : '');
      link.setAttribute('aria-label', text + ', ' + dates + ', ' + STATUS_LABELS[status]);
      const tip = svg('title');
      tip.textContent = text + ' · ' + dates + ' · ' + STATUS_LABELS[status];
      link.append(tip);
      link.append(svg('rect', { x: 0, y: top, width, height: rowHeight, class: 'row-band' }));
      const barTop = narrow ? top + 22 : top + 7;
      const x1 = x(d.from);
      const barWidth = Math.max(x(d.to) - x1, 8);
      link.append(svg('rect', { x: x1, y: barTop, width: barWidth, height: 14, rx: 3, class: 'bar' }));
      const label = svg('text', narrow
        ? { x: 8, y: top + 15, class: 'label' }
        : { x: labelWidth, y: top + 18, class: 'label', 'text-anchor': 'end' });
      label.textContent = clip(text, narrow ? Math.floor(width / 7.5) : Math.floor(labelWidth / 7));
      link.append(label);
      chart.append(link);
    });
    box.replaceChildren(chart, legend());
  }

  function clip(text, chars) {
    return text.length > chars ? text.slice(0, Math.max(chars - 1, 1)) + '…' : text;
  }

  function legend() {
    const ul = el('ul', 'legend');
    ul.setAttribute('aria-label', 'Bar styles');
    Object.entries(STATUS_LABELS).forEach(([status, label]) => {
      const li = el('li', 'status-' + status.toLowerCase());
      li.append(el('span', 'swatch'), label);
      ul.append(li);
    });
    return ul;
  }

  const STEPS = [
    { days: 1 }, { days: 7 }, { months: 1 }, { months: 3 }, { months: 6 },
    { years: 1 }, { years: 2 }, { years: 5 }, { years: 10 }, { years: 25 }, { years: 50 }, { years: 100 }
  ];

  function approximateMs(step) {
    return step.days ? step.days * DAY : step.months ? step.months * 30.44 * DAY : step.years * 365.25 * DAY;
  }

  /** At most {@code most} ticks at round dates: days, weeks, months or years. */
  function ticks(lo, hi, most) {
    const step = STEPS.find((s) => (hi - lo) / approximateMs(s) <= most) || STEPS[STEPS.length - 1];
    const start = new Date(lo);
    let at;
    if (step.days) {
      at = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1);
    } else if (step.months) {
      const month = Math.ceil((start.getUTCMonth() + 1) / step.months) * step.months;
      at = Date.UTC(start.getUTCFullYear(), month, 1);
    } else {
      at = Date.UTC(Math.ceil((start.getUTCFullYear() + 1) / step.years) * step.years, 0, 1);
    }
    const out = [];
    for (let guard = 0; at <= hi && guard < 200; guard += 1) {
      out.push({ at, label: step.years ? String(new Date(at).getUTCFullYear()) : step.months ? monthFormat.format(at) : dayFormat.format(at) });
      const d = new Date(at);
      at = step.days ? at + step.days * DAY
        : step.months ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step.months, 1)
          : Date.UTC(d.getUTCFullYear() + step.years, 0, 1);
    }
    return out;
  }

  // ---- wiring ----

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    FILTERS.forEach((name) => { form.elements[name].value = ''; });
    apply();
  });
  $('more').addEventListener('click', loadOlder);
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) refresh();
  });
  // the chart is drawn to the width it has: again whenever that changes (a window resized, a phone turned)
  new ResizeObserver(() => {
    const width = $('timeline').clientWidth;
    if (width !== drawnWidth && shownSignature !== null) renderTimeline([...visits.values()].sort(newestFirst));
  }).observe($('timeline'));

  formFromAddress();
  apply();
})();
