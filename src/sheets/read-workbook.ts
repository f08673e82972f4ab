export { readWorkbook } from './reader/parse';
export { recognise } from './reader/recognise';
export { decodeGrids } from './reader/decode';
export { applyMapOverrides, isKnownField } from './reader/map-overrides';
