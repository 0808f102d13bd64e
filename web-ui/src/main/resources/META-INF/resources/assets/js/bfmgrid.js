// The BFM strategic-group grid (phenotype x site x timing) of the clinical specification, section 4.1
// [Tallen2010, HungerRaetz2020], with the case's cell highlighted.

import {h} from './dom.js';

const TIMINGS = [['VERY_EARLY', 'very early'], ['EARLY', 'early'], ['LATE', 'late']];
const ROWS = [
  {phenotype: 'B_PRECURSOR', site: 'ISOLATED_EXTRAMEDULLARY', label: 'isolated extramedullary', groups: ['S2', 'S2', 'S1']},
  {phenotype: 'B_PRECURSOR', site: 'COMBINED', label: 'combined', groups: ['S4', 'S2', 'S2']},
  {phenotype: 'B_PRECURSOR', site: 'ISOLATED_MARROW', label: 'isolated marrow', groups: ['S4', 'S3', 'S2']},
  {phenotype: 'T_LINEAGE', site: 'ISOLATED_EXTRAMEDULLARY', label: 'isolated extramedullary', groups: ['S2', 'S2', 'S1']},
  {phenotype: 'T_LINEAGE', site: 'COMBINED', label: 'combined', groups: ['S4', 'S4', 'S4']},
  {phenotype: 'T_LINEAGE', site: 'ISOLATED_MARROW', label: 'isolated marrow', groups: ['S4', 'S4', 'S4']},
];

/** `position` = {phenotype, site, timing, group}; any missing part leaves the grid without highlight. */
export function bfmGrid(position) {
  const rows = ROWS.map((row, index) => {
    const phenotypeCell = index % 3 === 0
      ? h('th', {scope: 'rowgroup', rowspan: 3, class: 'grid-phenotype'}, row.phenotype === 'B_PRECURSOR' ? 'BCP' : 'T-lineage')
      : null;
    return h('tr', {class: index % 3 === 0 ? 'group-start' : null}, phenotypeCell, h('th', {scope: 'row'}, row.label),
      TIMINGS.map(([timing], col) => {
        const isCase = position && position.phenotype === row.phenotype && position.site === row.site && position.timing === timing;
        const group = row.groups[col];
        return h('td', {class: ['grid-cell', `grid-${group.toLowerCase()}`, isCase ? 'is-case' : null],
          dataset: {phenotype: row.phenotype, site: row.site, timing}, 'aria-current': isCase ? 'true' : null},
          group, isCase ? h('span', {class: 'case-flag'}, 'this case') : null);
      }));
  });
  const note = !position
    ? h('p', {class: 'muted small'}, 'No BFM group for this case, so no cell is highlighted.')
    : position.group && ROWS.some((r) => r.phenotype === position.phenotype && r.site === position.site)
      ? h('p', {class: 'small'}, `This case: ${position.phenotype === 'T_LINEAGE' ? 'T-lineage' : 'BCP'}, ${
        ROWS.find((r) => r.site === position.site).label}, ${position.timing.toLowerCase().replace('_', ' ')} → ${position.group}.`)
      : null;
  return h('div', {class: 'bfm-grid-wrap'},
    h('table', {class: 'bfm-grid', id: 'bfm-grid'},
      h('caption', {}, 'BFM strategic groups S1–S4 ', h('span', {class: 'muted'}, '[Tallen2010, HungerRaetz2020]')),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Phenotype'), h('th', {scope: 'col'}, 'Site'),
        TIMINGS.map(([, label]) => h('th', {scope: 'col'}, label)))),
      h('tbody', {}, rows)),
    note);
}
