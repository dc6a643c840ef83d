/** The widget's own styles: inside its shadow root, so the host page's CSS cannot reach them and they cannot leak out. */
export const STYLES = `
:host{all:initial}
*{box-sizing:border-box;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1c1917}
dialog{width:min(34rem,calc(100vw - 24px));border:0;border-radius:10px;padding:20px;box-shadow:0 10px 40px #0004;background:#fff}
dialog::backdrop{background:#1c191766}
h2{margin:0 0 10px;font-size:18px;font-weight:600}
label{display:block;margin:10px 0 0;font-weight:600}
textarea,input{display:block;width:100%;margin-top:4px;padding:6px 8px;border:1px solid #a8a29e;border-radius:5px;font-weight:400}
:focus-visible{outline:3px solid #fbbf24;outline-offset:1px}
.ctx{margin:0;padding:10px;background:#f5f5f4;border-radius:5px;font-family:Georgia,serif}
mark{background:#fde68a;border-radius:3px;padding:0 2px}
blockquote{margin:6px 0 0;padding-left:10px;border-left:4px solid #d6d3d1;font-family:Georgia,serif}
.row{display:flex;gap:12px;align-items:center;margin-top:14px}
.primary{padding:7px 14px;border:0;border-radius:5px;background:#1c1917;color:#fff;cursor:pointer}
.link{padding:0;border:0;background:none;text-decoration:underline;cursor:pointer}
.err{color:#be123c}
.pot{position:absolute;left:-9999px;width:1px;height:1px;opacity:0}
.offer{position:fixed;z-index:2147483647;padding:9px 16px;border:0;border-radius:99px;background:#1c1917;color:#fff;box-shadow:0 4px 14px #0005}
`;
