// The case form, described once: every field of the evaluation contract with its clinical label,
// help text, default and immediate checks. Field names are the contract's JSON paths.

export const SEX = [['', 'not given'], ['MALE', 'male'], ['FEMALE', 'female'], ['OTHER', 'other'], ['UNKNOWN', 'unknown']];
export const PHENOTYPE = [['B_PRECURSOR', 'B-cell precursor (BCP)'], ['T_LINEAGE', 'T-lineage (incl. T-lymphoblastic lymphoma)']];
export const CNS = [['', 'not given'], ['CNS1', 'CNS1: no blasts in CSF'], ['CNS2', 'CNS2: blasts, < 5 WBC/µL'], ['CNS3', 'CNS3: ≥ 5 WBC/µL with blasts, palsy or mass']];
export const MARKER = [['UNKNOWN', 'unknown'], ['POSITIVE', 'positive'], ['NEGATIVE', 'negative']];
export const GENETICS = [
  ['ETV6_RUNX1', 'ETV6-RUNX1'], ['BCR_ABL1', 'BCR-ABL1'], ['KMT2A_REARRANGED', 'KMT2A rearranged'],
  ['TP53_ALTERATION', 'TP53 alteration'], ['HYPODIPLOIDY', 'hypodiploidy'], ['TCF3_HLF', 'TCF3-HLF'],
  ['IKZF1_DELETION', 'IKZF1 deletion'], ['CREBBP_MUTATION', 'CREBBP mutation'], ['NT5C2_MUTATION', 'NT5C2 mutation'],
];

/**
 * Field groups in form order. kind: text | date | number | select | checks | checkbox | tristate | mrd.
 * The request carries what was entered: an empty field is left out unless required (then it is sent
 * empty, for the server to name); a checkbox sends true, or false too with sendFalse; checks send the
 * ticked values; tristate sends a boolean; mrd sends a fraction. local: the form's own, never sent.
 */
export const GROUPS = [
  {
    legend: 'Patient',
    fields: [
      {path: 'caseId', label: 'Case reference', kind: 'text', maxLength: 64,
        help: 'Your pseudonymous reference, echoed in the result. No names or record numbers.'},
      {path: 'patient.birthDate', label: 'Date of birth', kind: 'date', required: true,
        help: 'Only for ages at diagnosis and relapse (eligibility, trial population). Never logged.'},
      {path: 'patient.sex', label: 'Sex', kind: 'select', options: SEX},
    ],
  },
  {
    legend: 'Initial diagnosis (D0)',
    fields: [
      {path: 'diagnosis.date', label: 'Date of diagnosis (D0)', kind: 'date', required: true,
        help: 'BFM/UK “very early” (< 18 months) and all COG timing count from D0.'},
      {path: 'diagnosis.immunophenotype', label: 'Immunophenotype', kind: 'select', required: true,
        options: PHENOTYPE, defaultValue: 'B_PRECURSOR'},
      {path: 'diagnosis.cnsStatus', label: 'CNS status at diagnosis', kind: 'select', options: CNS},
    ],
  },
  {
    legend: 'Frontline therapy',
    fields: [
      {path: 'frontlineTherapy.onTherapy', label: 'Relapse while still on frontline therapy', kind: 'checkbox',
        local: true, help: 'Then there is no end-of-therapy date, and BFM/UK can never call the relapse “late”.'},
      {path: 'frontlineTherapy.endDate', label: 'End of frontline therapy (DEOT)', kind: 'date',
        help: 'Date of the last maintenance dose. BFM/UK “late” means at least 6 months after DEOT.'},
    ],
  },
  {
    legend: 'Relapse (DR)',
    fields: [
      {path: 'relapse.date', label: 'Date relapse diagnosed (DR)', kind: 'date', required: true},
      {path: 'relapse.number', label: 'Relapse number', kind: 'number', min: 1, max: 20, step: 1, integer: true,
        defaultValue: '1', help: '1 = first relapse. The risk schemes apply to the first relapse only.'},
      {path: 'relapse.marrowBlastPercent', label: 'Blasts in the relapse marrow (%)', kind: 'number', min: 0, max: 100,
        step: 'any', required: true, help: 'M1 < 5 %, M2 5 to < 25 %, M3 ≥ 25 %.', live: 'marrowGrade'},
      {path: 'relapse.extramedullarySites', label: 'Extramedullary sites', kind: 'checks',
        options: [['CNS', 'CNS'], ['TESTIS', 'testis'], ['OTHER', 'other (biopsy-proven)']]},
      {path: 'relapse.cnsStatus', label: 'CNS status at relapse', kind: 'select', options: CNS,
        help: 'A CNS relapse needs CNS3. CNS2 without signs is not a CNS relapse.'},
      {path: 'relapse.testicularInvolvement', label: 'Testicular involvement (biopsy-proven)', kind: 'select',
        options: [['', 'none'], ['UNILATERAL', 'unilateral'], ['BILATERAL', 'bilateral']],
        help: 'Counts only with “testis” ticked among the sites; laterality alone is flagged as inconsistent.'},
      {path: 'relapse.confirmedByOtherMethod', label: 'Another method found ≥ 1 % blasts in this marrow', kind: 'checkbox',
        help: 'Flow or PCR MRD, cytogenetics or FISH. Establishes a marrow relapse with M2 and no extramedullary disease.'},
      {path: 'relapse.immunophenotype', label: 'Immunophenotype at relapse', kind: 'select',
        options: [['', 'same as at diagnosis'], ...PHENOTYPE], help: 'Only if it differs (lineage switch).'},
    ],
  },
  {
    legend: 'Markers and genetics at relapse',
    fields: [
      {path: 'relapse.cd19', label: 'CD19', kind: 'select', options: MARKER, defaultValue: 'UNKNOWN'},
      {path: 'relapse.cd22', label: 'CD22', kind: 'select', options: MARKER, defaultValue: 'UNKNOWN'},
      {path: 'relapse.genetics', label: 'Genetic lesions', kind: 'checks', options: GENETICS},
    ],
  },
  {
    legend: 'Response to reinduction',
    fields: [
      {path: 'response.secondRemission', label: 'Second complete remission (CR2)', kind: 'tristate',
        options: [['', 'not yet assessed'], ['true', 'yes, CR2 reached'], ['false', 'no, refractory']]},
      {path: 'response.mrd', label: 'Marrow MRD at end of reinduction (block 1)', kind: 'mrd',
        help: 'As a fraction (1e-3 = 10⁻³) or in percent (0.1 %). Both mean the same.'},
    ],
  },
  {
    legend: 'History',
    fields: [
      {path: 'history.priorRegimens', label: 'Prior chemotherapy regimens (frontline included)', kind: 'number',
        min: 0, max: 20, step: 1, integer: true,
        help: 'Leave empty if unknown: not sent is not 1 (refractory or later relapse: counts 2; after HSCT: asked for).'},
      {path: 'history.priorHsct', label: 'Allogeneic HSCT before this relapse', kind: 'checkbox', sendFalse: true},
      {path: 'history.asparaginaseHypersensitivity', label: 'Asparaginase hypersensitivity or silent inactivation', kind: 'checkbox', sendFalse: true},
      {path: 'history.priorCranialIrradiation', label: 'Earlier cranial irradiation', kind: 'checkbox', sendFalse: true},
    ],
  },
];

export const FIELDS = GROUPS.flatMap((g) => g.fields);

/** Label for a contract path such as "relapse.extramedullarySites[0]". */
export function fieldLabel(path) {
  const base = String(path || '').replace(/\[\d+\]/g, '');
  const field = FIELDS.find((f) => f.path === base);
  if (field) return field.label;
  const extra = {frontlineTherapy: 'Frontline therapy', patient: 'Patient', diagnosis: 'Diagnosis', relapse: 'Relapse',
    response: 'Response', history: 'History'};
  return extra[base] || base;
}

/** Parses MRD text: "2e-4", "0.0002", "10^-4", "10-4", "0,02". Returns a number or NaN. */
export function parseMrd(text) {
  const t = String(text).trim().replace(',', '.').replace(/\s/g, '');
  if (t === '') return null;
  const power = /^10\^?(-\d+)$/.exec(t) || /^10[eE](-\d+)$/.exec(t);
  if (power) return 10 ** Number(power[1]);
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return NaN;
  return Number(t);
}

/** "2 × 10⁻⁴ (0.02 %)" for a fraction. */
export function describeMrd(fraction) {
  if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return '';
  if (fraction === 0) return 'undetectable (0)';
  const exponent = Math.floor(Math.log10(fraction));
  const mantissa = fraction / 10 ** exponent;
  const sup = String(exponent).replace(/-/g, '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[d]);
  const m = Number(mantissa.toPrecision(3));
  const percent = Number((fraction * 100).toPrecision(3));
  return `${m === 1 ? '' : `${m} × `}10${sup} = ${percent} %`;
}
