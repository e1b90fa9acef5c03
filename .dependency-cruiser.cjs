/**
 * The architecture, as import rules. `npm run lint` runs them through scripts/check-architecture.mjs,
 * which also fails on a cycle between folders (a cycle between files is `no-circular` below).
 * CONTRIBUTING.md says in words what these say in regular expressions.
 *
 * Layers of the server, lowest first: config → common → database → audit → access → the features.
 * A layer imports only those below it. A feature imports another feature only through the other's
 * `index.ts` (what it deliberately exposes). The composition roots (the files at the top of
 * `server/src`, and `startup`, `seed`, `cli`) wire everything together and may import anything.
 *
 * The admin UI: `common` is the core (imports no feature, no provider); each feature folder imports
 * another only through its `index.ts`; `providers`, `i18n`, `App.tsx` and `main.tsx` assemble the
 * features. Tests and `src/test/` (test support) may import whatever they exercise.
 */
const SERVER_CORE = ['config', 'common', 'database', 'audit', 'access'];
const SERVER_COMPOSITION = ['startup', 'seed', 'cli'];
const UI_CORE = ['common'];
const UI_COMPOSITION = ['providers', 'i18n', 'test'];
const TESTS = '(\\.(spec|test)\\.tsx?$)|(^admin-ui/src/test/)';

/** A core layer may import itself and the layers below it, nothing else of the server. */
function layerRule(layer, below) {
  const allowed = [layer, ...below].join('|');
  return {
    name: `server-${layer}-imports-only-lower-layers`,
    comment: `server/src/${layer} may import only ${[layer, ...below].join(', ')} (and shared): it is a core layer, so it knows no feature.`,
    severity: 'error',
    from: { path: `^server/src/${layer}/`, pathNot: TESTS },
    to: { path: '^server/src/', pathNot: `^server/src/(${allowed})/` },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle between files: two modules that need each other. Move what both need into a third.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'shared-imports-nothing-of-ours',
      comment: 'shared is the vocabulary both sides speak: it imports no other workspace.',
      severity: 'error',
      from: { path: '^shared/src/' },
      to: { path: '^(server|admin-ui|e2e)/' },
    },
    {
      name: 'admin-ui-imports-only-shared',
      comment: 'The admin UI talks to the server over HTTP only: of our code it imports shared, nothing else.',
      severity: 'error',
      from: { path: '^admin-ui/' },
      to: { path: '^(server|e2e)/' },
    },
    {
      name: 'server-imports-no-ui',
      comment: 'The server knows the UI only as built files to serve.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(admin-ui|e2e)/' },
    },
    {
      name: 'bench-measures-the-build',
      comment:
        'The benchmark measures what ships: it imports the built server and shared (server/dist, shared/dist, through bench/lib), never their sources, the UI or the e2e tests.',
      severity: 'error',
      from: { path: '^bench/' },
      to: { path: '^(server/src|shared/src|admin-ui|e2e)/' },
    },
    {
      name: 'nothing-imports-the-bench',
      comment: 'The bench is a tool that runs the app from outside: no workspace depends on it.',
      severity: 'error',
      from: { path: '^(shared|server|admin-ui|e2e)/' },
      to: { path: '^bench/' },
    },
    layerRule('config', []),
    layerRule('common', ['config']),
    layerRule('database', ['common', 'config']),
    layerRule('audit', ['database', 'common', 'config']),
    layerRule('access', ['audit', 'database', 'common', 'config']),
    {
      name: 'server-feature-internals',
      comment:
        "A feature imports another feature only through that feature's index.ts: what it deliberately exposes. " +
        'Export it there (and mean it), or move it to a core layer.',
      severity: 'error',
      from: { path: '^server/src/([^/]+)/', pathNot: [TESTS, `^server/src/(${[...SERVER_CORE, ...SERVER_COMPOSITION].join('|')})/`] },
      to: {
        path: '^server/src/[^/]+/',
        pathNot: ['^server/src/$1/', `^server/src/(${SERVER_CORE.join('|')})/`, '^server/src/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'server-feature-imports-no-composition',
      comment: 'The composition roots import the features, never the other way round.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: [TESTS, `^server/src/(${SERVER_COMPOSITION.join('|')})/`, '^server/src/[^/]+\\.ts$'] },
      to: { path: [`^server/src/(${SERVER_COMPOSITION.join('|')})/`, '^server/src/[^/]+\\.ts$'] },
    },
    {
      name: 'ui-common-imports-no-feature',
      comment: 'admin-ui/src/common is the UI core: it imports no feature folder and no provider.',
      severity: 'error',
      from: { path: '^admin-ui/src/common/', pathNot: TESTS },
      to: { path: '^admin-ui/src/', pathNot: '^admin-ui/src/common/' },
    },
    {
      name: 'ui-feature-internals',
      comment: "A UI feature imports another feature only through that feature's index.ts.",
      severity: 'error',
      from: { path: '^admin-ui/src/([^/]+)/', pathNot: [TESTS, `^admin-ui/src/(${[...UI_CORE, ...UI_COMPOSITION].join('|')})/`] },
      to: {
        path: '^admin-ui/src/[^/]+/',
        pathNot: ['^admin-ui/src/$1/', `^admin-ui/src/(${UI_CORE.join('|')})/`, '^admin-ui/src/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'ui-feature-imports-no-composition',
      comment: 'Features do not reach into the providers or the message assembly: those assemble the features.',
      severity: 'error',
      from: { path: '^admin-ui/src/', pathNot: [TESTS, `^admin-ui/src/(${UI_COMPOSITION.join('|')})/`, '^admin-ui/src/[^/]+\\.tsx?$'] },
      to: { path: [`^admin-ui/src/(${UI_COMPOSITION.join('|')})/`, '^admin-ui/src/[^/]+\\.tsx?$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)(dist|dist-jest|node_modules)/', '^bench/(\\.data|\\.deps|results)/'] },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
    tsConfig: { fileName: 'tsconfig.architecture.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
