import { LitElement, html, css } from 'lit';
import SignaturePad from 'signature_pad';

/**
 * <kp-signature-pad>: draw a signature with mouse, pen or finger (pointer events, via the signature_pad
 * package). The canvas follows the element's size and the device pixel ratio; after every stroke the drawing
 * goes to the server as a PNG data URL ("signature-change" event), and as "" once it is empty again.
 */
class KpSignaturePad extends LitElement {
  static properties = {
    label: { type: String },
    disabled: { type: Boolean, reflect: true },
  };

  static styles = css`
    :host { display: block; position: relative; min-height: 180px; }
    canvas {
      display: block; width: 100%; height: 100%; min-height: 180px; touch-action: none;
      border: 1px dashed var(--lumo-contrast-40pct, #999); border-radius: var(--lumo-border-radius-m, 6px);
      background: var(--lumo-base-color, #fff); cursor: crosshair;
    }
    :host([disabled]) canvas { opacity: 0.5; pointer-events: none; }
  `;

  render() {
    return html`<canvas part="canvas" role="img" aria-label=${this.label || ''}></canvas>`;
  }

  firstUpdated() {
    this._canvas = this.renderRoot.querySelector('canvas');
    this._pad = new SignaturePad(this._canvas, { penColor: '#1a2a6c', minWidth: 0.8, maxWidth: 2.6 });
    this._pad.addEventListener('endStroke', () => this._send());
    this._resizeObserver = new ResizeObserver(() => this._resize());
    this._resizeObserver.observe(this);
    this._resize();
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this._resizeObserver) {
      this._resizeObserver.disconnect();
    }
  }

  updated(changed) {
    if (changed.has('disabled') && this._pad) {
      this.disabled ? this._pad.off() : this._pad.on();
    }
  }

  /** Keeps the strokes when the size or the pixel ratio changes (rotating a phone, zooming). */
  _resize() {
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    const width = this._canvas.offsetWidth;
    const height = this._canvas.offsetHeight;
    if (!width || !height || (this._canvas.width === width * ratio && this._canvas.height === height * ratio)) {
      return;
    }
    const strokes = this._pad.toData();
    this._canvas.width = width * ratio;
    this._canvas.height = height * ratio;
    this._canvas.getContext('2d').scale(ratio, ratio);
    this._pad.clear();
    this._pad.fromData(strokes);
  }

  clear() {
    this.updateComplete.then(() => this._pad.clear());
  }

  /** Shows a signature the server holds (a data URL); strokes drawn on top extend it. */
  show(dataUrl) {
    this.updateComplete.then(() => this._pad.fromDataURL(dataUrl));
  }

  undo() {
    if (!this._pad) {
      return;
    }
    const strokes = this._pad.toData();
    strokes.pop();
    this._pad.fromData(strokes);
    this._send();
  }

  _send() {
    const value = this._pad.isEmpty() ? '' : this._pad.toDataURL('image/png');
    this.dispatchEvent(new CustomEvent('signature-change', { detail: { value } }));
  }
}

customElements.define('kp-signature-pad', KpSignaturePad);
