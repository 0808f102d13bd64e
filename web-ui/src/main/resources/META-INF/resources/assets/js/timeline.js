// The relapse timeline: D0, DEOT and DR on a date axis with the cut-offs that decide the timing
// (D0 + 18 months, DEOT + 6 months, D0 + 36 months), and bands showing each scheme's categories.
// Cut-offs use the specification's calendar-month convention (see dates.js).

import {h, s} from './dom.js';
import {parseIsoDate, plusMonths, onOrAfter, toIsoDate} from './dates.js';

const WIDTH = 800;
const LEFT = 92;
const RIGHT = 20;
const AXIS_Y = 52;
const BAND_H = 22;
const BFM_Y = 66;
const COG_Y = BFM_Y + BAND_H + 6;
const LABEL_ROW_Y = [COG_Y + BAND_H + 18, COG_Y + BAND_H + 33, COG_Y + BAND_H + 48];
const HEIGHT = LABEL_ROW_Y[2] + 10;
const CHAR_W = 6.4;

/** Lays labels on rows so that none overlaps another on the same row. */
function placeRows(items, rows) {
  const ends = new Array(rows).fill(-Infinity);
  for (const item of [...items].sort((a, b) => a.x - b.x)) {
    const half = (item.text.length * CHAR_W) / 2;
    let row = ends.findIndex((end) => item.x - half > end + 8);
    if (row < 0) row = ends.indexOf(Math.min(...ends));
    item.row = row;
    ends[row] = item.x + half;
  }
  return items;
}

/**
 * Builds the timeline figure. `dates` holds ISO strings {diagnosis, endOfTherapy (optional), relapse};
 * `site` is the relapse site class from the result (it chooses COG's 18- or 36-month cut-off).
 */
export function timeline(dates, site) {
  const d0 = parseIsoDate(dates.diagnosis);
  const dr = parseIsoDate(dates.relapse);
  const deot = dates.endOfTherapy ? parseIsoDate(dates.endOfTherapy) : null;
  if (!d0 || !dr) return null;

  const veryEarlyEnd = plusMonths(d0, 18);
  const lateStart = deot ? plusMonths(deot, 6) : null;
  const cog36 = plusMonths(d0, 36);
  const cogCutoff = site === 'ISOLATED_EXTRAMEDULLARY' ? veryEarlyEnd : cog36;

  const candidates = [dr, cog36, veryEarlyEnd, lateStart, deot].filter(Boolean);
  const start = plusMonths(d0, -3);
  const end = plusMonths(new Date(Math.max(...candidates.map((d) => d.getTime()))), 4);
  const x = (date) => LEFT + ((date.getTime() - start.getTime()) / (end.getTime() - start.getTime())) * (WIDTH - LEFT - RIGHT);

  const svg = s('svg', {viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'timeline-svg', role: 'img', 'aria-labelledby': 'timeline-title timeline-desc'});
  const summary = [`Diagnosis ${toIsoDate(d0)}`, deot ? `end of therapy ${toIsoDate(deot)}` : 'relapse on frontline therapy',
    `relapse ${toIsoDate(dr)}`].join(', ');
  svg.append(s('title', {id: 'timeline-title'}, 'Timeline of diagnosis, end of therapy and relapse'), s('desc', {id: 'timeline-desc'}, summary));

  // Year ticks along the axis.
  for (let year = start.getUTCFullYear() + 1; year <= end.getUTCFullYear(); year++) {
    const tx = x(new Date(Date.UTC(year, 0, 1)));
    if (tx < LEFT || tx > WIDTH - RIGHT) continue;
    svg.append(s('line', {x1: tx, x2: tx, y1: AXIS_Y - 3, y2: AXIS_Y + 3, class: 'tl-tick'}),
      s('text', {x: tx, y: AXIS_Y + 12, class: 'tl-year', 'text-anchor': 'middle'}, String(year)));
  }
  svg.append(s('line', {x1: LEFT, x2: WIDTH - RIGHT, y1: AXIS_Y, y2: AXIS_Y, class: 'tl-axis'}));

  // Category bands: BFM/UK and COG.
  const band = (y, label, segments) => {
    svg.append(s('text', {x: LEFT - 8, y: y + 15, class: 'tl-band-label', 'text-anchor': 'end'}, label));
    for (const seg of segments) {
      const x1 = Math.max(LEFT, x(seg.from));
      const x2 = Math.min(WIDTH - RIGHT, x(seg.to));
      if (x2 <= x1) continue;
      const containsRelapse = onOrAfter(dr, seg.from) && dr.getTime() < seg.to.getTime();
      svg.append(s('rect', {x: x1, y, width: x2 - x1, height: BAND_H, rx: 3,
        class: `tl-band tl-band-${seg.tone}${containsRelapse ? ' tl-band-current' : ''}`}));
      if (x2 - x1 > seg.text.length * CHAR_W + 8) {
        svg.append(s('text', {x: (x1 + x2) / 2, y: y + 15, class: 'tl-band-text', 'text-anchor': 'middle'}, seg.text));
      }
    }
  };
  const far = plusMonths(end, 12);
  band(BFM_Y, 'BFM / UK', [
    {from: start, to: veryEarlyEnd, text: 'very early', tone: 'high'},
    {from: veryEarlyEnd, to: lateStart && lateStart > veryEarlyEnd ? lateStart : (lateStart ? veryEarlyEnd : far), text: 'early', tone: 'mid'},
    ...(lateStart ? [{from: lateStart > veryEarlyEnd ? lateStart : veryEarlyEnd, to: far, text: 'late', tone: 'low'}] : []),
  ]);
  band(COG_Y, 'COG', [
    {from: start, to: cogCutoff, text: 'early', tone: 'high'},
    {from: cogCutoff, to: far, text: 'late', tone: 'low'},
  ]);

  // Cut-off lines with labels below the bands.
  const cutoffs = [
    {date: veryEarlyEnd, text: `D0 + 18 mo · ${toIsoDate(veryEarlyEnd)}`},
    lateStart ? {date: lateStart, text: `DEOT + 6 mo · ${toIsoDate(lateStart)}`} : null,
    {date: cog36, text: `D0 + 36 mo · ${toIsoDate(cog36)}`},
  ].filter(Boolean).map((c) => ({...c, x: x(c.date)}));
  placeRows(cutoffs, 3);
  for (const c of cutoffs) {
    const labelY = LABEL_ROW_Y[c.row];
    svg.append(s('line', {x1: c.x, x2: c.x, y1: AXIS_Y - 6, y2: labelY - 11, class: 'tl-cutoff'}),
      s('text', {x: c.x, y: labelY, class: 'tl-cutoff-label', 'text-anchor': 'middle'}, c.text));
  }

  // Events on the axis, labelled above it.
  const events = [
    {date: d0, text: `D0 ${toIsoDate(d0)}`, kind: 'd0'},
    deot ? {date: deot, text: `DEOT ${toIsoDate(deot)}`, kind: 'deot'} : null,
    {date: dr, text: `DR ${toIsoDate(dr)}`, kind: 'dr'},
  ].filter(Boolean).map((e) => ({...e, x: x(e.date)}));
  placeRows(events, 2);
  svg.append(s('line', {x1: x(dr), x2: x(dr), y1: AXIS_Y, y2: COG_Y + BAND_H + 4, class: 'tl-relapse-line'}));
  for (const e of events) {
    const labelY = e.row === 0 ? 16 : 32;
    svg.append(s('line', {x1: e.x, x2: e.x, y1: labelY + 4, y2: AXIS_Y - 6, class: 'tl-leader'}));
    if (e.kind === 'dr') {
      svg.append(s('path', {d: `M ${e.x} ${AXIS_Y - 7} L ${e.x + 7} ${AXIS_Y} L ${e.x} ${AXIS_Y + 7} L ${e.x - 7} ${AXIS_Y} Z`, class: 'tl-event tl-event-dr'}));
    } else {
      svg.append(s('circle', {cx: e.x, cy: AXIS_Y, r: 5.5, class: `tl-event tl-event-${e.kind}`}));
    }
    svg.append(s('text', {x: e.x, y: labelY, class: `tl-event-label tl-event-label-${e.kind}`, 'text-anchor': 'middle'}, e.text));
  }

  const side = (cutoff) => (onOrAfter(dr, cutoff) ? 'after' : 'before');
  const facts = [
    {name: 'D0 + 18 months', date: veryEarlyEnd, meaning: 'BFM/UK: before = very early', side: side(veryEarlyEnd)},
    lateStart
      ? {name: 'DEOT + 6 months', date: lateStart, meaning: 'BFM/UK: on or after (and after D0 + 18 months) = late', side: side(lateStart)}
      : {name: 'DEOT + 6 months', date: null, meaning: 'No end of therapy: relapse on frontline therapy is never late under BFM/UK', side: 'none'},
    {name: 'D0 + 36 months', date: cog36, meaning: 'COG, marrow involved: before = early', side: side(cog36)},
  ];
  const list = h('ul', {class: 'timeline-facts', id: 'timeline-facts'}, facts.map((f) =>
    h('li', {dataset: {cutoff: f.name, side: f.side}},
      h('span', {class: `side side-${f.side}`}, f.side === 'after' ? 'relapse on or after' : f.side === 'before' ? 'relapse before' : 'not applicable'),
      ' ', h('strong', {}, f.name), f.date ? ` (${toIsoDate(f.date)})` : '', h('span', {class: 'muted'}, ` · ${f.meaning}`))));

  return h('figure', {class: 'timeline', id: 'timeline'}, svg, h('figcaption', {class: 'visually-hidden'}, summary), list);
}
