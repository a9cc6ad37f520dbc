// Styles of the coaching UI, inside our shadow root only. System fonts and px (rem and inherited custom
// properties would leak in from Notion). Light by default; dark follows Notion's theme or the OS.
export const COACH_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0; pointer-events: none; font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  --bg: #ffffff; --fg: #37352f; --muted: #6b6b66; --border: rgba(15,15,15,0.12); --shadow: 0 8px 28px rgba(15,15,15,0.18);
  --alert: #b3261e; --alert-bg: #fdecea; --caution: #9a6700; --caution-bg: #fff5e0; --status: #1f6feb; --status-bg: #eaf2fe; --btn: #f1f1ef; --btn-fg: #37352f; --primary: #2383e2; --primary-fg: #fff; --focus: #2383e2; color: var(--fg); }
.layer[data-theme="dark"] { --bg: #252525; --fg: #e6e6e4; --muted: #a3a29e; --border: rgba(255,255,255,0.14); --shadow: 0 8px 28px rgba(0,0,0,0.5);
  --alert: #ff8a80; --alert-bg: #3b2020; --caution: #f2c46d; --caution-bg: #362c17; --status: #8ab4f8; --status-bg: #1d2a3d; --btn: #3a3a3a; --btn-fg: #e6e6e4; --primary: #529cca; --primary-fg: #111; --focus: #8ab4f8; }
@media (prefers-color-scheme: dark) { .layer[data-theme="auto"] { --bg: #252525; --fg: #e6e6e4; --muted: #a3a29e; --border: rgba(255,255,255,0.14); --shadow: 0 8px 28px rgba(0,0,0,0.5);
  --alert: #ff8a80; --alert-bg: #3b2020; --caution: #f2c46d; --caution-bg: #362c17; --status: #8ab4f8; --status-bg: #1d2a3d; --btn: #3a3a3a; --btn-fg: #e6e6e4; --primary: #529cca; --primary-fg: #111; --focus: #8ab4f8; } }
.stack { position: fixed; width: 340px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px); overflow: auto; display: flex; flex-direction: column; gap: 8px; pointer-events: none; }
.card { position: relative; width: 100%; pointer-events: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-left: 4px solid var(--status); border-radius: 8px; box-shadow: var(--shadow); padding: 12px 14px;
  animation: srm-in 120ms ease-out; }
.card[data-tone="danger"] { border-left-color: var(--alert); }
.card[data-tone="caution"] { border-left-color: var(--caution); }
@keyframes srm-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .card { animation: none; } }
.title { font-weight: 600; font-size: 14px; margin: 0 0 6px; }
.body { margin: 0 0 6px; }
.duty { margin: 6px 0; color: var(--muted); font-size: 12.5px; }
.items { list-style: none; margin: 6px 0; padding: 0; }
.items li { padding: 6px 8px; margin: 4px 0; border-radius: 6px; background: var(--status-bg); }
.card[data-tone="danger"] .items li { background: var(--alert-bg); }
.card[data-tone="caution"] .items li { background: var(--caution-bg); }
.item-label { font-weight: 600; }
.item-label.address { overflow-wrap: anywhere; }
.item-detail { display: block; font-size: 12.5px; color: var(--muted); }
.steps { margin: 6px 0; padding-left: 20px; }
.steps li { margin: 2px 0; }
.note { margin: 6px 0; font-size: 12.5px; font-weight: 600; }
.item-actions { margin-top: 4px; display: flex; gap: 6px; flex-wrap: wrap; }
.item-actions button { max-width: 100%; text-align: left; overflow-wrap: anywhere; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 8px; }
button { font: inherit; font-size: 13px; border: 1px solid var(--border); background: var(--btn); color: var(--btn-fg); border-radius: 6px; padding: 4px 10px; cursor: pointer; }
button.primary { background: var(--primary); color: var(--primary-fg); border-color: transparent; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.backdrop { position: fixed; inset: 0; background: rgba(15,15,15,0.35); pointer-events: auto; }
.card.modal { position: fixed; left: 50%; top: 18vh; transform: translateX(-50%); width: 420px; max-width: calc(100vw - 16px); }
@keyframes srm-in-modal { from { opacity: 0; } to { opacity: 1; } }
.card.modal { animation-name: srm-in-modal; }
`;
