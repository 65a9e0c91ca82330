import { useId } from 'react';
import type { ConfigureText } from '../locale/shape.ts';

/**
 * What a server or CDN hosting dist/ must send, by files. Header lines and file names are code,
 * shown as written in every language; the reasons are words.
 */
const HEADERS = [
  { files: ['embed/pop-imap-wizard.js', 'embed/chunks/*'], header: ['Access-Control-Allow-Origin: *'], why: 'cors' },
  { files: ['assets/*', 'embed/chunks/*'], header: ['Cache-Control: public, max-age=31536000, immutable'], why: 'immutable' },
  {
    files: ['index.html', 'de/index.html', 'configure/index.html', 'embed/pop-imap-wizard.js', 'embed/embed.js'],
    header: ['Cache-Control: no-cache'],
    why: 'revalidate',
  },
  { files: ['*.js'], header: ['Content-Type: text/javascript; charset=utf-8'], why: 'javascript' },
] as const satisfies ReadonlyArray<{ files: ReadonlyArray<string>; header: ReadonlyArray<string>; why: keyof ConfigureText['hosting']['rows'] }>;

/** Where to host the files, and the headers that make the embeds work and stay fresh. */
export function Hosting({ words }: { words: ConfigureText }) {
  const headingId = useId();
  const { hosting } = words;
  return (
    <section className="cfg-hosting" aria-labelledby={headingId}>
      <h2 id={headingId}>{hosting.heading}</h2>
      <p>{hosting.where}</p>
      <table className="cfg-table">
        <caption>{hosting.headersIntro}</caption>
        <thead>
          <tr>
            <th scope="col">{hosting.files}</th>
            <th scope="col">{hosting.header}</th>
            <th scope="col">{hosting.why}</th>
          </tr>
        </thead>
        <tbody>
          {HEADERS.map((row) => (
            <tr key={row.why}>
              <td data-label={hosting.files}>
                {row.files.map((file) => (
                  <code key={file}>{file}</code>
                ))}
              </td>
              <td data-label={hosting.header}>
                {row.header.map((line) => (
                  <code key={line}>{line}</code>
                ))}
              </td>
              <td data-label={hosting.why}>{hosting.rows[row.why]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{hosting.deploy}</p>
      <p>{hosting.docs}</p>
    </section>
  );
}
