// Example cases for the gallery: one per typical situation. The first four are the vignettes of the
// clinical specification (D0 2015-01-10, DEOT 2017-01-10 unless said); the rest exercise site rules,
// refractory disease, later relapses, agent eligibility and scheme divergence.

const base = (overrides) => ({
  patient: {birthDate: '2008-03-02', sex: 'MALE'},
  diagnosis: {date: '2015-01-10', immunophenotype: 'B_PRECURSOR', cnsStatus: 'CNS1'},
  frontlineTherapy: {endDate: '2017-01-10'},
  ...overrides,
});

export const EXAMPLES = [
  {
    id: 'very-early-marrow',
    title: 'Very early isolated marrow relapse',
    summary: 'BCP, 60 % blasts, 12 months after diagnosis, on therapy.',
    tags: ['vignette 1'],
    case: base({
      caseId: 'example-very-early-marrow',
      frontlineTherapy: undefined,
      relapse: {date: '2016-01-10', number: 1, marrowBlastPercent: 60, cd19: 'POSITIVE'},
    }),
  },
  {
    id: 'late-isolated-cns',
    title: 'Late isolated CNS relapse',
    summary: 'BCP, marrow 2 %, CNS3, 52 months after diagnosis.',
    tags: ['vignette 2'],
    case: base({
      caseId: 'example-late-isolated-cns',
      patient: {birthDate: '2010-09-14', sex: 'FEMALE'},
      relapse: {date: '2019-05-10', number: 1, marrowBlastPercent: 2, extramedullarySites: ['CNS'], cnsStatus: 'CNS3'},
    }),
  },
  {
    id: 'late-t-marrow',
    title: 'Late marrow relapse, T-lineage',
    summary: 'T-ALL, 40 % blasts, no extramedullary disease.',
    tags: ['vignette 3'],
    case: base({
      caseId: 'example-late-t-marrow',
      diagnosis: {date: '2015-01-10', immunophenotype: 'T_LINEAGE', cnsStatus: 'CNS1'},
      relapse: {date: '2019-03-10', number: 1, marrowBlastPercent: 40},
    }),
  },
  {
    id: 'late-marrow-mrd',
    title: 'Late marrow relapse, MRD 2 × 10⁻⁴',
    summary: 'BCP, 35 % blasts, CR2 with MRD 2 × 10⁻⁴: schemes differ on transplant.',
    tags: ['vignette 4'],
    case: base({
      caseId: 'example-late-marrow-mrd',
      relapse: {date: '2018-07-10', number: 1, marrowBlastPercent: 35, cd19: 'POSITIVE', genetics: ['ETV6_RUNX1']},
      response: {secondRemission: true, mrd: 0.0002},
    }),
  },
  {
    id: 'on-therapy-40-months',
    title: 'Relapse on therapy at 40 months',
    summary: 'Still on frontline therapy: BFM/UK early, COG late.',
    tags: ['divergence'],
    case: base({
      caseId: 'example-on-therapy-40-months',
      frontlineTherapy: undefined,
      relapse: {date: '2018-05-10', number: 1, marrowBlastPercent: 30, cd19: 'POSITIVE'},
    }),
  },
  {
    id: 'cns2-no-signs',
    title: 'CNS2 at relapse, marrow 1 %',
    summary: 'CSF blasts below 5 WBC/µL, no signs: not a CNS relapse.',
    tags: ['site rules'],
    case: base({
      caseId: 'example-cns2',
      relapse: {date: '2018-09-10', number: 1, marrowBlastPercent: 1, extramedullarySites: ['CNS'], cnsStatus: 'CNS2'},
    }),
  },
  {
    id: 'combined-bilateral-testis',
    title: 'Combined marrow and bilateral testis',
    summary: 'BCP, 12 % blasts, bilateral testicular involvement, late.',
    tags: ['local therapy'],
    case: base({
      caseId: 'example-combined-testis',
      relapse: {date: '2018-03-10', number: 1, marrowBlastPercent: 12, extramedullarySites: ['TESTIS'],
        testicularInvolvement: 'BILATERAL'},
    }),
  },
  {
    id: 'refractory',
    title: 'Refractory: no CR2 after reinduction',
    summary: 'BCP, very early marrow relapse, CD19 and CD22 positive, no remission.',
    tags: ['refractory'],
    case: base({
      caseId: 'example-refractory',
      frontlineTherapy: undefined,
      relapse: {date: '2016-05-10', number: 1, marrowBlastPercent: 80, cd19: 'POSITIVE', cd22: 'POSITIVE',
        genetics: ['TP53_ALTERATION']},
      response: {secondRemission: false},
    }),
  },
  {
    id: 'second-relapse',
    title: 'Second relapse',
    summary: 'BCP, second marrow relapse after two regimens, CD19 positive.',
    tags: ['later relapse'],
    case: base({
      caseId: 'example-second-relapse',
      relapse: {date: '2020-02-10', number: 2, marrowBlastPercent: 45, cd19: 'POSITIVE', cd22: 'UNKNOWN'},
      history: {priorRegimens: 2, priorHsct: false},
    }),
  },
  {
    id: 'cd19-negative',
    title: 'Second relapse, CD19-negative',
    summary: 'CD19 agents not eligible; CD22 positive.',
    tags: ['agent eligibility'],
    case: base({
      caseId: 'example-cd19-negative',
      relapse: {date: '2020-06-10', number: 2, marrowBlastPercent: 55, cd19: 'NEGATIVE', cd22: 'POSITIVE'},
      history: {priorRegimens: 2},
    }),
  },
  {
    id: 'after-hsct',
    title: 'Relapse after transplant',
    summary: 'Marrow relapse after allogeneic HSCT, three prior regimens.',
    tags: ['after HSCT'],
    case: base({
      caseId: 'example-after-hsct',
      relapse: {date: '2020-10-10', number: 2, marrowBlastPercent: 50, cd19: 'POSITIVE'},
      history: {priorRegimens: 3, priorHsct: true},
    }),
  },
];
