/**
 * The manifest for a deployment: every URL's development base (https://localhost:3000)
 * replaced by the deployed one; AppDomain gets the origin alone (a domain, never a path).
 */
const DEV_BASE = 'https://localhost:3000';

function manifestFor(xml, deployed) {
  if (deployed && !/^https:\/\/[^/]/i.test(deployed)) throw new Error(`ADDIN_URL must be an https:// address (Office loads an add-in's pages over TLS only): ${deployed}`);
  const base = (deployed || DEV_BASE).replace(/\/+$/, '');
  const origin = new URL(base).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE)
    .join(base);
}

module.exports = { manifestFor, DEV_BASE };
