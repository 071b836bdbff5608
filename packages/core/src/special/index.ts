export { betaIncomplete } from "./betaIncomplete.js";
export { erf } from "./erf.js";
export { erfc } from "./erfc.js";
export { logGamma } from "./logGamma.js";
export { normalCdf } from "./normalCdf.js";
export { normalQuantile } from "./normalQuantile.js";
export { studentTQuantile } from "./studentTQuantile.js";
