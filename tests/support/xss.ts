/** Well-known XSS payloads: tags, event handlers, encoded and mixed-case schemes, SVG and MathML tricks, broken markup. */
export const xssText = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><animate onbegin=alert(1) attributeName=x>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '"><iframe srcdoc="<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">',
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<<SCRIPT>alert(1);//<</SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '\u003cimg src=x onerror=alert(1)\u003e',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '{{constructor.constructor(\'alert(1)\')()}}',
]

/** URLs that must never become a link. */
export const xssUrls = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '%6A%61vascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  '//evil.example/x',
  '\\\\evil.example\\x',
  'https:/\\evil.example',
  'https:evil.example',
  'javascript%3Aalert(1)',
]
