/**
 * Draws the example site's raster image, public/media/exempel-stig.jpg (a path through hills
 * towards a rising sun, 1600 × 900, about 20 KB): a made-up illustration, so the example news
 * item exercises the image pipeline without a stock photo. `npx node tools/example-image.ts`
 * writes it again (the same bytes with the same sharp version).
 */
import sharp from 'sharp';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#f6d7b0"/><stop offset="1" stop-color="#fbeee0"/></linearGradient>
<linearGradient id="path" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#efe1c6"/><stop offset="1" stop-color="#d9c39a"/></linearGradient>
</defs>
<rect width="1600" height="900" fill="url(#sky)"/>
<circle cx="1060" cy="430" r="120" fill="#f3a65a"/>
<path d="M0 520 C 300 420 600 470 900 500 S 1400 430 1600 470 V900 H0Z" fill="#9cc3a8"/>
<path d="M0 620 C 400 540 800 600 1100 590 S 1500 560 1600 580 V900 H0Z" fill="#5f9a7a"/>
<path d="M0 740 C 500 680 900 720 1600 690 V900 H0Z" fill="#2f6b53"/>
<path d="M760 900 C 800 780 880 700 1010 600 L 1030 602 C 930 700 900 800 940 900Z" fill="url(#path)"/>
<g fill="#1f4a3a"><rect x="250" y="560" width="14" height="90"/><circle cx="257" cy="540" r="48"/><rect x="360" y="590" width="12" height="70"/><circle cx="366" cy="575" r="38"/><rect x="1330" y="540" width="14" height="90"/><circle cx="1337" cy="520" r="52"/></g>
<g fill="#ffffff" opacity="0.8"><ellipse cx="360" cy="180" rx="120" ry="34"/><ellipse cx="430" cy="160" rx="80" ry="30"/><ellipse cx="1250" cy="230" rx="110" ry="28"/></g>
</svg>`;

await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile('public/media/exempel-stig.jpg');
