// A test-only host page on a second origin, under a strict CSP: this page's query says which embed to
// put after #slot (`kind`: element or loader), from which wizard origin (`wizard`), and its settings
// (every other parameter: an attribute of the element, a data- attribute of the loader's container).
const params = new URLSearchParams(location.search);
const wizard = params.get('wizard');
const kind = params.get('kind') ?? 'element';
const embed = document.createElement(kind === 'element' ? 'pop-imap-wizard' : 'div');
if (kind !== 'element') embed.setAttribute('data-pop-imap-wizard', '');
for (const [name, value] of params) {
  if (name === 'wizard' || name === 'kind') continue;
  embed.setAttribute(kind === 'element' ? name : `data-${name}`, value);
}
// Violations of the page's policy, for the test to read.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
document.getElementById('slot').after(embed);
const script = document.createElement('script');
if (kind === 'element') script.type = 'module';
script.src = new URL(kind === 'element' ? 'embed/pop-imap-wizard.js' : 'embed/embed.js', wizard).href;
document.body.append(script);
