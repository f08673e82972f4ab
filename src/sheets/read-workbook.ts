export { readWorkbook } from './reader/parse';
export { recognise } from './reader/recognise';
export { applyMapOverrides, isKnownField } from './reader/map-overrides';
