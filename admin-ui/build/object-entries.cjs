// node-polyglot (behind ra-i18n-polyglot) requires the `object.entries` polyfill, which brings some
// 15 kB of ES5 shims (get-intrinsic, call-bind…) into the first bundle. Every browser the admin UI
// supports (ES modules, hence ES2017+) has Object.entries: vite.config.ts aliases the polyfill here.
module.exports = Object.entries;
