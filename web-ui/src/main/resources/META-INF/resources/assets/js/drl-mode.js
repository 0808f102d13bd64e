// DRL-ish syntax highlighting for CodeMirror 5 (simple mode): keywords, metadata, strings, comments.

let defined = false;

export function defineDrlMode(CodeMirror) {
  if (defined) return;
  defined = true;
  CodeMirror.defineSimpleMode('drl', {
    start: [
      {regex: /\/\/.*/, token: 'comment'},
      {regex: /\/\*/, token: 'comment', next: 'comment'},
      {regex: /"(?:[^\\"]|\\.)*?(?:"|$)/, token: 'string'},
      {regex: /'(?:[^\\']|\\.)*?(?:'|$)/, token: 'string'},
      {regex: /@[A-Za-z_]\w*/, token: 'meta'},
      {regex: /\b(?:package|import|rule|when|then|end|query|declare|function|global|extends|attributes)\b/, token: 'keyword', sol: false},
      {regex: /\b(?:salience|agenda-group|no-loop|lock-on-active|activation-group|dialect|enabled|date-effective|date-expires|duration|timer|ruleflow-group)\b/, token: 'attribute'},
      {regex: /\b(?:not|exists|and|or|from|collect|accumulate|forall|eval|in|matches|memberOf|contains|soundslike|over|entry-point|this)\b/, token: 'keyword'},
      {regex: /\b(?:insert|insertLogical|modify|update|retract|delete|drools|kcontext)\b/, token: 'builtin'},
      {regex: /\b(?:true|false|null)\b/, token: 'atom'},
      {regex: /\b\d+(?:\.\d+)?(?:[eE][-+]?\d+)?[dDfFlL]?\b/, token: 'number'},
      {regex: /\b[A-Z][A-Za-z0-9_]*\b/, token: 'type'},
      {regex: /[-+*/%=<>!&|]+/, token: 'operator'},
      {regex: /[{[(]/, indent: true},
      {regex: /[}\])]/, dedent: true},
    ],
    comment: [
      {regex: /.*?\*\//, token: 'comment', next: 'start'},
      {regex: /.*/, token: 'comment'},
    ],
    meta: {lineComment: '//', blockCommentStart: '/*', blockCommentEnd: '*/'},
  });
}
