// The part of qrcode 1.5.4's browser API this app uses (the package ships no types).
declare module 'qrcode' {
  export interface QRCodeToDataURLOptions {
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    margin?: number;
    width?: number;
  }
  export function toDataURL(text: string, options?: QRCodeToDataURLOptions): Promise<string>;
  const qrcode: { toDataURL: typeof toDataURL };
  export default qrcode;
}
