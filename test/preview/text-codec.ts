// jsdom (jest-environment-jsdom 29) has no TextDecoder/TextEncoder; the .xlsx adapter needs them
// at load, so this is imported before it.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });

// Nor Blob.arrayBuffer (a picked file is read with it).
if (typeof Blob !== 'undefined' && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result as ArrayBuffer);
      r.onerror = () => reject(r.error);
      r.readAsArrayBuffer(this);
    });
  };
}
