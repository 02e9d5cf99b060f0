// Records what a CSP page's test reads from its window: every `securitypolicyviolation`
// (they bubble and are composed, so shadow roots report here too) and every console warning.
window.__csp = { violations: [], warnings: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.violations.push({
    directive: e.effectiveDirective,
    blocked: e.blockedURI,
    sample: e.sample,
    source: `${e.sourceFile}:${e.lineNumber}`,
  });
});
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__csp.warnings.push(args.map(String).join(' '));
  warn(...args);
};
