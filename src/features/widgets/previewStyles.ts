/**
 * The preview's own CSS, inside its shadow root: the kit's Bootstrap does
 * not reach in and this does not leak out. Nothing is loaded from outside.
 */
export const PREVIEW_CSS = `
:host { all: initial; display: block; }
.stage {
  position: relative; height: 480px; overflow: hidden; border-radius: 8px;
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  background: repeating-linear-gradient(45deg, #eef0f2 0 12px, #f6f7f8 12px 24px);
}
.panel {
  position: absolute; bottom: 88px; width: 300px; max-width: calc(100% - 32px);
  height: 360px; display: flex; flex-direction: column; border-radius: 12px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.2); overflow: hidden;
}
.bubble {
  position: absolute; bottom: 16px; width: 56px; height: 56px;
  border-radius: 50%; display: flex; align-items: center;
  justify-content: center; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.25);
}
.bottom-right .panel, .bottom-right .bubble { right: 16px; }
.bottom-left .panel, .bottom-left .bubble { left: 16px; }
.header { padding: 12px 16px; font-weight: 600; overflow-wrap: anywhere; }
.messages { flex: 1; padding: 12px; overflow: auto; }
.message {
  display: inline-block; max-width: 85%; padding: 8px 12px;
  border-radius: 12px 12px 12px 4px; white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.composer { padding: 8px; border-top: 1px solid; }
.composer input {
  box-sizing: border-box; width: 100%; padding: 8px 10px; font: inherit;
  border-radius: 8px; border: 1px solid;
}
.light .panel { background: #ffffff; color: #1a1a1a; }
.light .message { background: #f1f3f5; }
.light .composer, .light .composer input { border-color: #dee2e6; }
.light .composer input { background: #ffffff; color: #1a1a1a; }
.dark .panel { background: #1e2125; color: #f1f3f5; }
.dark .message { background: #2f343a; }
.dark .composer, .dark .composer input { border-color: #495057; }
.dark .composer input { background: #2f343a; color: #f1f3f5; }
.auto .panel { background: #ffffff; color: #1a1a1a; }
.auto .message { background: #f1f3f5; }
.auto .composer, .auto .composer input { border-color: #dee2e6; }
@media (prefers-color-scheme: dark) {
  .auto .panel { background: #1e2125; color: #f1f3f5; }
  .auto .message { background: #2f343a; }
  .auto .composer, .auto .composer input { border-color: #495057; }
  .auto .composer input { background: #2f343a; color: #f1f3f5; }
}
`;
