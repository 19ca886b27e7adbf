import { createResource, Show } from 'solid-js';

/** The otpauth URI as a QR code. The encoder is loaded only here, so it stays out of the first download. */
export function QrCode(props: { text: string; alt: string }) {
  const [src] = createResource(
    () => props.text,
    async (text) => {
      const mod = await import('qrcode');
      const toDataURL = mod.toDataURL ?? mod.default.toDataURL;
      return toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 220 });
    },
  );
  return (
    <div class="qr-code">
      <Show when={src.state === 'ready' && src()}>
        {(url) => <img src={url()} alt={props.alt} width="220" height="220" data-testid="totp-qr" />}
      </Show>
    </div>
  );
}
