/**
 * One-off generator for the SAMPLE evidence files of the fictional demo
 * organisation (อบต.บ้านหนองตัวอย่าง) in `content/evidence/`.
 *
 *   cd /work/main && npx tsx scripts/make-demo-evidence.ts
 *
 * Its OUTPUT is committed, so everything here is deterministic: a seeded PRNG
 * drives every pixel, the "SAMPLE PHOTO" label is drawn with hand-made stroke
 * glyphs (no system font involved), EXIF dates are fixed, and the PDFs are
 * written byte by byte with fixed dates. Running it twice gives identical files.
 *
 * - 13 JPEG photos (1600×1200 or 1200×1600, ~150–400 KB) with camera EXIF
 *   (Make, Model, DateTimeOriginal). Exactly one, `2568/sample-gps-site-visit.jpg`,
 *   also carries GPS latitude/longitude, so the build's metadata stripping can
 *   be tested.
 * - 7 small PDF 1.4 documents plus one "signed notice" PDF per announcement.
 *
 * All content is fictional; no file shows a real person or place.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const EVIDENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'evidence');

// ---------------------------------------------------------------------------
// Deterministic pseudo-random numbers
// ---------------------------------------------------------------------------

/** mulberry32: tiny, fast, good enough for textures; same seed → same sequence. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------
// Photos
// ---------------------------------------------------------------------------

type Rgb = readonly [number, number, number];

interface PhotoSpec {
  /** Path inside content/evidence/. */
  file: string;
  seed: number;
  /** EXIF DateTimeOriginal, local time (+07:00). */
  taken: string;
  /** Camera make and model. EXIF strings must not contain " (": libvips cuts a value there. */
  make: string;
  model: string;
  /** What the fictional scene is meant to show (EXIF ImageDescription). */
  scene: string;
  /** Sky / wall, ground / floor, and accent colours of the scene. */
  palette: readonly [Rgb, Rgb, Rgb];
  /** Amplitude of the fine grain; tuned so the JPEG lands at ~150–400 KB. */
  grain: number;
  portrait?: boolean;
  /** Degrees, minutes, seconds; only the one GPS sample photo has it. */
  gps?: { lat: readonly [number, number, number]; lon: readonly [number, number, number] };
}

const PHOTOS: readonly PhotoSpec[] = [
  {
    file: '2568/complaints-box.jpg',
    seed: 101,
    taken: '2024:11:04 09:12:40',
    make: 'SampleCam',
    model: 'Demo S1',
    scene: 'Locked complaints box on an office wall',
    palette: [
      [214, 206, 188],
      [120, 98, 78],
      [176, 38, 42],
    ],
    grain: 2,
    portrait: true,
  },
  {
    file: '2568/no-gift-policy-board.jpg',
    seed: 102,
    taken: '2024:12:20 10:05:13',
    make: 'SampleCam',
    model: 'Demo S1',
    scene: 'No Gift Policy sign at the front desk',
    palette: [
      [226, 222, 210],
      [150, 120, 90],
      [31, 58, 104],
    ],
    grain: 1,
  },
  {
    file: '2568/e-service-kiosk.jpg',
    seed: 103,
    taken: '2025:02:12 14:31:02',
    make: 'ExamplePhone',
    model: 'Model 8 sample',
    scene: 'E-Service help point in the office',
    palette: [
      [205, 214, 222],
      [110, 110, 118],
      [40, 120, 200],
    ],
    grain: 3,
  },
  {
    file: '2568/ethics-training-01.jpg',
    seed: 104,
    taken: '2025:02:19 09:48:27',
    make: 'SampleCam',
    model: 'Demo S1',
    scene: 'Staff attending an ethics training session',
    palette: [
      [196, 186, 170],
      [88, 70, 60],
      [200, 160, 60],
    ],
    grain: 2,
  },
  {
    file: '2568/ethics-training-02.jpg',
    seed: 105,
    taken: '2025:02:26 13:55:09',
    make: 'SampleCam',
    model: 'Demo S1',
    scene: 'Group discussion of a conflict-of-interest case',
    palette: [
      [200, 190, 176],
      [92, 76, 64],
      [60, 140, 90],
    ],
    grain: 4,
  },
  {
    file: '2568/village-notice-board.jpg',
    seed: 106,
    taken: '2025:05:20 16:20:44',
    make: 'ExamplePhone',
    model: 'Model 8 sample',
    scene: 'Village notice board with budget notice',
    palette: [
      [150, 190, 228],
      [110, 140, 70],
      [120, 80, 50],
    ],
    grain: 1,
  },
  {
    file: '2568/property-inventory.jpg',
    seed: 107,
    taken: '2025:06:11 10:40:18',
    make: 'ExamplePhone',
    model: 'Model 8 sample',
    scene: 'QR code label being attached to office equipment',
    palette: [
      [212, 210, 204],
      [140, 130, 120],
      [30, 30, 30],
    ],
    grain: 2,
  },
  {
    file: '2568/sample-gps-site-visit.jpg',
    seed: 108,
    taken: '2025:07:16 10:24:31',
    make: 'ExamplePhone',
    model: 'Model 8 sample',
    scene: 'Inspection of a new concrete road with community observers',
    palette: [
      [140, 185, 230],
      [170, 168, 160],
      [60, 120, 50],
    ],
    grain: 3,
    // Fictional site: the point is only that GPS tags exist and must be stripped.
    gps: { lat: [15, 21, 45.12], lon: [102, 46, 18.3] },
  },
  {
    file: '2569/integrity-intent-ceremony.jpg',
    seed: 201,
    taken: '2025:10:07 09:30:55',
    make: 'SampleCam',
    model: 'Demo S2',
    scene: 'Integrity intent declared on stage',
    palette: [
      [190, 60, 60],
      [100, 80, 70],
      [232, 193, 90],
    ],
    grain: 2,
  },
  {
    file: '2569/no-gift-policy-meeting.jpg',
    seed: 202,
    taken: '2025:12:16 13:10:21',
    make: 'SampleCam',
    model: 'Demo S2',
    scene: 'No Gift Policy briefing in the council room',
    palette: [
      [205, 198, 184],
      [96, 80, 66],
      [31, 58, 104],
    ],
    grain: 1,
  },
  {
    file: '2569/line-oa-training.jpg',
    seed: 203,
    taken: '2026:01:22 10:15:48',
    make: 'ExamplePhone',
    model: 'Model 9 sample',
    scene: 'Staff practising LINE OA replies on phones',
    palette: [
      [220, 226, 220],
      [120, 120, 116],
      [6, 199, 85],
    ],
    grain: 3,
  },
  {
    file: '2569/vehicle-check.jpg',
    seed: 204,
    taken: '2026:02:27 15:02:36',
    make: 'ExamplePhone',
    model: 'Model 9 sample',
    scene: 'Odometer of a pool vehicle checked against its log book',
    palette: [
      [160, 196, 226],
      [128, 124, 118],
      [236, 236, 236],
    ],
    grain: 2,
  },
  {
    file: '2569/budget-forum.jpg',
    seed: 205,
    taken: '2026:06:18 09:05:12',
    make: 'SampleCam',
    model: 'Demo S2',
    scene: 'Residents at a subdistrict budget forum under a tent',
    palette: [
      [236, 236, 228],
      [130, 150, 80],
      [40, 90, 160],
    ],
    grain: 1,
  },
];

/** Hand-made stroke glyphs, 10 units wide and 14 high, so the label never depends on installed fonts. */
const GLYPHS: Record<string, string> = {
  S: 'M10 2.5 Q10 0 5 0 Q0 0 0 3.5 Q0 7 5 7 Q10 7 10 10.5 Q10 14 5 14 Q0 14 0 11.5',
  A: 'M0 14 L5 0 L10 14 M1.9 8.8 L8.1 8.8',
  M: 'M0 14 L0 0 L5 8 L10 0 L10 14',
  P: 'M0 14 L0 0 L6 0 Q10 0 10 3.75 Q10 7.5 6 7.5 L0 7.5',
  L: 'M0 0 L0 14 L10 14',
  E: 'M10 0 L0 0 L0 14 L10 14 M0 7 L7 7',
  H: 'M0 0 L0 14 M10 0 L10 14 M0 7 L10 7',
  O: 'M5 0 Q10 0 10 7 Q10 14 5 14 Q0 14 0 7 Q0 0 5 0 Z',
  T: 'M0 0 L10 0 M5 0 L5 14',
  ' ': '',
};

/** SVG group drawing `text` with the stroke glyphs; returns the group and its width in pixels. */
function strokeText(
  text: string,
  x: number,
  y: number,
  size: number,
  colour: string,
  weight: number,
): { svg: string; width: number } {
  const scale = size / 14;
  const advance = 14; // glyph 10 + gap 4
  const paths = [...text].map((ch, i) => {
    const d = GLYPHS[ch];
    if (d === undefined) throw new Error(`no glyph for ${ch}`);
    return d ? `<path transform="translate(${i * advance} 0)" d="${d}"/>` : '';
  });
  const svg = `<g transform="translate(${x} ${y}) scale(${scale})" fill="none" stroke="${colour}" stroke-width="${weight}" stroke-linecap="round" stroke-linejoin="round">${paths.join('')}</g>`;
  return { svg, width: (text.length * advance - 4) * scale };
}

function rgb([r, g, b]: Rgb): string {
  return `rgb(${r},${g},${b})`;
}

/** A blurry, photo-like scene: background, ground, a "board" or "building", and a few "people". */
function sceneSvg(spec: PhotoSpec, width: number, height: number, rand: () => number): string {
  const [sky, ground, accent] = spec.palette;
  const horizon = Math.round(height * (0.45 + rand() * 0.2));
  const shapes: string[] = [];
  shapes.push(`<rect width="${width}" height="${height}" fill="${rgb(sky)}"/>`);
  shapes.push(`<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="${rgb(ground)}"/>`);
  // A large rectangle: a wall, a board or a building.
  const bw = width * (0.25 + rand() * 0.3);
  const bh = height * (0.2 + rand() * 0.25);
  const bx = width * (0.1 + rand() * 0.5);
  shapes.push(
    `<rect x="${bx}" y="${horizon - bh}" width="${bw}" height="${bh}" fill="${rgb(accent)}" opacity="0.85"/>`,
  );
  shapes.push(
    `<rect x="${bx + bw * 0.1}" y="${horizon - bh * 0.85}" width="${bw * 0.8}" height="${bh * 0.5}" fill="#f4f1e8" opacity="0.7"/>`,
  );
  // "People": head + body blobs in varied colours.
  const people = 4 + Math.floor(rand() * 7);
  for (let i = 0; i < people; i++) {
    const px = width * (0.05 + rand() * 0.9);
    const scale = 0.6 + rand() * 0.8;
    const py = horizon + height * 0.05 * scale + rand() * (height - horizon) * 0.4;
    const shirt: Rgb = [Math.floor(40 + rand() * 200), Math.floor(40 + rand() * 200), Math.floor(40 + rand() * 200)];
    shapes.push(`<ellipse cx="${px}" cy="${py}" rx="${60 * scale}" ry="${150 * scale}" fill="${rgb(shirt)}"/>`);
    shapes.push(
      `<circle cx="${px}" cy="${py - 175 * scale}" r="${40 * scale}" fill="rgb(${150 + Math.floor(rand() * 40)},${110 + Math.floor(rand() * 30)},${80 + Math.floor(rand() * 30)})"/>`,
    );
  }
  // Some clutter: small random rectangles (papers, chairs, plants).
  for (let i = 0; i < 30; i++) {
    const w = 20 + rand() * 120;
    const h = 20 + rand() * 90;
    const c: Rgb = [Math.floor(rand() * 255), Math.floor(rand() * 255), Math.floor(rand() * 255)];
    shapes.push(
      `<rect x="${rand() * width}" y="${rand() * height}" width="${w}" height="${h}" fill="${rgb(c)}" opacity="${(0.25 + rand() * 0.5).toFixed(2)}"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join('')}</svg>`;
}

/** The overlay that makes it obvious the photo is a sample. */
function labelSvg(width: number, height: number): string {
  const size = Math.round(width * 0.075);
  const big = strokeText('SAMPLE PHOTO', 0, 0, size, '#ffffff', 2.2);
  const x = Math.round((width - big.width) / 2);
  const y = Math.round(height / 2 - size / 2);
  const pad = size * 0.45;
  const band = `<rect x="0" y="${y - pad}" width="${width}" height="${size + pad * 2}" fill="#000000" opacity="0.45"/>`;
  const shadow = strokeText('SAMPLE PHOTO', x + 4, y + 4, size, '#000000', 3.2).svg;
  const main = strokeText('SAMPLE PHOTO', x, y, size, '#ffffff', 2.2).svg;
  // Small "SAMPLE" tags in the corners, so a crop still shows it is not real evidence.
  const small = Math.round(width * 0.025);
  const tagW = strokeText('SAMPLE', 0, 0, small, '#fff', 2).width;
  const corners = (
    [
      [small, small],
      [width - tagW - small, small],
      [small, height - small * 2],
      [width - tagW - small, height - small * 2],
    ] as const
  )
    .map(
      ([cx, cy]) =>
        `<rect x="${cx - 8}" y="${cy - 8}" width="${tagW + 16}" height="${small + 16}" fill="#000" opacity="0.4"/>` +
        strokeText('SAMPLE', cx, cy, small, '#ffffff', 2).svg,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${band}${shadow}${main}${corners}</svg>`;
}

function dmsRational([d, m, s]: readonly [number, number, number]): string {
  return `${d}/1 ${m}/1 ${Math.round(s * 100)}/100`;
}

async function makePhoto(spec: PhotoSpec): Promise<number> {
  const width = spec.portrait ? 1200 : 1600;
  const height = spec.portrait ? 1600 : 1200;
  const rand = prng(spec.seed);

  // 1. Blurred scene of simple shapes.
  const scene = await sharp(Buffer.from(sceneSvg(spec, width, height, rand)))
    .blur(7)
    .removeAlpha()
    .raw()
    .toBuffer();

  // 2. Low-frequency light variation: a coarse random grid, smoothly enlarged.
  const gw = 24;
  const gh = 18;
  const grid = Buffer.alloc(gw * gh);
  for (let i = 0; i < grid.length; i++) grid[i] = Math.floor(rand() * 256);
  const light = await sharp(grid, { raw: { width: gw, height: gh, channels: 1 } })
    .resize(width, height, { kernel: 'cubic', fit: 'fill' })
    .raw()
    .toBuffer();

  // 3. Fine sensor-like grain, so the JPEG has realistic weight.
  const pixels = Buffer.alloc(width * height * 3);
  for (let p = 0, i = 0; p < width * height; p++) {
    const shade = (light[p]! - 128) * 0.22;
    const grain = (rand() - 0.5) * 2 * spec.grain;
    for (let c = 0; c < 3; c++, i++) {
      const chroma = (rand() - 0.5) * spec.grain * 0.6;
      pixels[i] = Math.max(0, Math.min(255, Math.round(scene[i]! + shade + grain + chroma)));
    }
  }

  const exif: Record<'IFD0' | 'IFD2' | 'IFD3', Record<string, string>> = {
    IFD0: {
      Make: spec.make,
      Model: spec.model,
      Software: 'make-demo-evidence.ts sample generator',
      ImageDescription: `SAMPLE PHOTO - fictional demo evidence - ${spec.scene}`,
      Copyright: 'Sample image, no rights reserved, fictional demo content',
      DateTime: spec.taken,
    },
    IFD2: {
      DateTimeOriginal: spec.taken,
      DateTimeDigitized: spec.taken,
      OffsetTimeOriginal: '+07:00',
    },
    IFD3: {},
  };
  if (spec.gps) {
    exif.IFD3 = {
      GPSLatitudeRef: 'N',
      GPSLatitude: dmsRational(spec.gps.lat),
      GPSLongitudeRef: 'E',
      GPSLongitude: dmsRational(spec.gps.lon),
    };
  }
  const { IFD3, ...withoutGps } = exif;
  const jpeg = await sharp(pixels, { raw: { width, height, channels: 3 } })
    .composite([{ input: Buffer.from(labelSvg(width, height)) }])
    .jpeg({ quality: 82, chromaSubsampling: '4:2:0' })
    .withExif(spec.gps ? { ...withoutGps, IFD3 } : withoutGps)
    .toBuffer();

  const target = join(EVIDENCE_DIR, spec.file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, jpeg);
  return jpeg.length;
}

// ---------------------------------------------------------------------------
// PDFs, written by hand (PDF 1.4, Helvetica, uncompressed content streams)
// ---------------------------------------------------------------------------

interface PdfSpec {
  file: string;
  title: string;
  /** PDF date, e.g. D:20250328100000+07'00' */
  date: string;
  /** Each page: a list of lines. A line starting with "# " is a heading. */
  pages: string[][];
  /** Draw a signature block on the last page (signed notices). */
  signedBy?: { name: string; position: string };
}

const ORG_LINE = 'Ban Nong Tua-yang Subdistrict Administrative Organization (fictional)';

const DOCUMENTS: readonly PdfSpec[] = [
  {
    file: '2568/conflict-of-interest-guideline.pdf',
    title: 'Guideline on preventing conflicts of interest',
    date: "D:20241115090000+07'00'",
    pages: [
      [
        '# Guideline on preventing conflicts between private and public interest',
        'Issued 15 November 2024 (B.E. 2567) for fiscal year 2568.',
        '',
        '1. Purpose',
        'Staff must be able to tell their private interests from the public interest',
        'and step aside from any decision in which they have a personal stake.',
        '',
        '2. Who must declare',
        'Every member of a procurement committee or an inspection committee signs',
        'a declaration of no conflict of interest before the committee first meets.',
      ],
      [
        '3. Stepping aside',
        'A member related to a bidder, or with business ties to one, asks to be',
        'replaced. Stepping aside is not a fault and is recorded in the minutes.',
        '',
        '4. Reporting',
        'The Office of the Permanent Secretary reports the number of declarations',
        'and of members who stepped aside to the Chief Executive every six months.',
      ],
    ],
  },
  {
    file: '2568/property-borrowing-manual.pdf',
    title: 'Manual on borrowing government property',
    date: "D:20241202100000+07'00'",
    pages: [
      [
        '# Manual on borrowing and using government property',
        'Issued 2 December 2024 (B.E. 2567).',
        '',
        'Part 1 - What may be borrowed',
        'Tents, tables, chairs and sound equipment may be lent for community and',
        'religious events. Tools and vehicles are for official use only.',
      ],
      [
        'Part 2 - How to borrow',
        '1. Fill in the borrowing form at the supplies unit at least 3 days ahead.',
        '2. The Director of Finance approves or refuses in writing.',
        '3. The item is recorded in the borrowing register with its return date.',
      ],
      [
        'Part 3 - Returning and damage',
        'Items are checked on return. Damage caused by misuse is repaired at the',
        'expense of the borrower. Overdue items are followed up every month.',
        '',
        'Using government property for private purposes is not permitted.',
      ],
    ],
  },
  {
    file: '2568/minutes-2568-03.pdf',
    title: 'Minutes of the monthly staff meeting 2568/03',
    date: "D:20250328150000+07'00'",
    pages: [
      [
        '# Minutes of meeting 2568/03 - monthly staff meeting, March 2025',
        'Date: 28 March 2025. Place: meeting room, SAO office. Present: 52 staff.',
        '',
        'Agenda 1 - Matters for information from the Chief Executive',
        'Reminder of the No Gift Policy and of the complaint channels.',
        '',
        'Agenda 2 - Budget spending, second quarter of fiscal year 2568',
        'The Director of Finance reported spending against the plan by programme.',
        'Disbursement at the end of Q2: 46.8 percent of the annual budget.',
      ],
      [
        'Agenda 3 - Questions from staff on budget spending',
        'Two questions were raised on office supplies and vehicle repairs;',
        'both were answered at the meeting.',
        '',
        'Agenda 4 - Other matters',
        'None. The meeting closed at 16:10.',
        '',
        'Minutes taken by: Office of the Permanent Secretary (sample).',
      ],
    ],
  },
  {
    file: '2568/procurement-summary-2568.pdf',
    title: 'Annual procurement summary, fiscal year 2568',
    date: "D:20251003100000+07'00'",
    pages: [
      [
        '# Annual procurement summary - fiscal year 2568',
        '',
        'Method                     Contracts    Value (THB)',
        'e-bidding                          6      7,420,000',
        'Specific method                   41      1,985,300',
        'Selection                          0              0',
        'Total                             47      9,405,300',
        '',
        'Construction projects inspected with community observers: 9 of 9.',
        'Complaints about procurement: none.',
      ],
    ],
  },
  {
    file: '2569/bribery-risk-assessment-2569.pdf',
    title: 'Corruption risk assessment, fiscal year 2569',
    date: "D:20251212100000+07'00'",
    pages: [
      [
        '# Corruption and bribery risk assessment - fiscal year 2569',
        '',
        'Scope: permits and approvals, procurement, use of government property.',
        'Risks identified: 7. High: 1. Medium: 3. Low: 3.',
        '',
        'High risk: building permits checked and approved by one official alone.',
      ],
      [
        'Controls for the high risk',
        '1. The official who checks the plans is not the one who signs the permit.',
        '2. A maximum processing time is published in the service manual.',
        '3. Every permit application is logged with its date of receipt.',
        '',
        'Follow-up: quarterly report to the Chief Executive.',
      ],
    ],
  },
  {
    file: '2569/e-service-satisfaction-2569-6.pdf',
    title: 'E-Service satisfaction survey, 6-month round 2569',
    date: "D:20260410100000+07'00'",
    pages: [
      [
        '# E-Service user satisfaction - October 2025 to March 2026',
        '',
        'Requests received online: 227. Survey responses: 151.',
        '',
        'Question                                   Mean (of 5)',
        'The form was easy to fill in                      4.41',
        'I knew what documents were needed                 4.28',
        'I was told when my request was done               4.22',
        'The reply came in good time                       4.37',
        'Overall satisfaction                              4.35',
      ],
    ],
  },
  {
    file: '2569/ita-2568-analysis.pdf',
    title: 'Analysis of the ITA 2568 result',
    date: "D:20251128100000+07'00'",
    pages: [
      [
        '# Analysis of the ITA 2568 assessment result',
        'Total score: 87.45 (A). Pass mark: 85.',
        '',
        'Indicators below the pass mark:',
        '  2 Use of the budget                 83.57',
        '  4 Use of government property        79.86',
        '  7 Effectiveness of communication    82.35',
        '  8 Improvement of working systems    84.10',
      ],
      [
        'Measures for fiscal year 2569',
        '  Indicator 2: budget summary for citizens; staff budget questions.',
        '  Indicator 4: property guideline and vehicle log; QR asset register.',
        '  Indicator 7: LINE OA replies within one working day.',
        '  Indicator 8: more E-Service forms; queue ticket system.',
        '',
        'Approved by the Chief Executive on 28 November 2025.',
      ],
    ],
  },
  {
    file: '2569/local-development-plan-amendment-1.pdf',
    title: 'Local development plan 2566-2570, amendment 1/2569',
    date: "D:20251120100000+07'00'",
    pages: [
      [
        '# Local development plan 2566-2570 (B.E.), amendment 1/2569',
        'Approved by the subdistrict council on 20 November 2025.',
        '',
        'Vision: a liveable subdistrict, people taking part, open administration.',
        '',
        'Added project:',
        '  Dredging the Nong Tua-yang creek, 1.8 km     budget 2,400,000 baht',
        '  Strategy 1: infrastructure and farm water',
        '',
        'Sample document of a fictional organisation.',
      ],
    ],
  },
  {
    file: '2569/anti-corruption-action-plan-2569.pdf',
    title: 'Anti-corruption action plan, fiscal year 2569',
    date: "D:20251005100000+07'00'",
    pages: [
      [
        '# Anti-corruption action plan, fiscal year 2569',
        'Approved by the Chief Executive on 5 October 2025.',
        '',
        '1 A society that does not tolerate corruption',
        '    Ethics training for staff and council members      30,000 baht',
        '2 Administration that prevents corruption',
        '    Monthly procurement summaries on the web site      no budget',
        '3 Citizens taking part',
        '    Community members on inspection committees        10,000 baht',
        '4 Stronger checks',
        '    Internal audit to the yearly plan                  no budget',
        '',
        'Sample document of a fictional organisation.',
      ],
    ],
  },
];

const CHIEF = { name: 'Mr. Mankhong Suesatying', position: 'Chief Executive, Ban Nong Tua-yang SAO' };

const NOTICES: readonly PdfSpec[] = [
  {
    file: '2568/notice-no-gift-policy-2568.pdf',
    title: 'Notice 218/2567: No Gift Policy, fiscal year 2568 (signed)',
    date: "D:20241001090000+07'00'",
    pages: [
      [
        '# Notice No. 218/2567 - No Gift Policy (fiscal year 2568)',
        '',
        'Staff of the SAO will not accept gifts, money or any other benefit from',
        'anyone who contacts the SAO or receives its services, before or after',
        'the service. Gifts that cannot be refused are reported at once.',
        '',
        'Announced on 1 October 2024 (B.E. 2567).',
      ],
    ],
    signedBy: CHIEF,
  },
  {
    file: '2569/notice-no-gift-policy-2569.pdf',
    title: 'Notice 235/2568: No Gift Policy, fiscal year 2569 (signed, Thai original)',
    date: "D:20251001090000+07'00'",
    pages: [
      [
        '# Notice No. 235/2568 - No Gift Policy (fiscal year 2569)',
        '[Thai original - this sample shows placeholder Latin text only]',
        '',
        '1. No gifts or hospitality accepted in connection with official duties.',
        '2. No gifts given to or requested from superiors or subordinates.',
        '3. Gifts that cannot be refused are reported by the next working day.',
        '4. Good wishes are given in words or cards, not gifts.',
        '5. The policy is published and gifts declared are reported every 6 months.',
        '',
        'Announced on 1 October 2025 (B.E. 2568).',
      ],
    ],
    signedBy: CHIEF,
  },
  {
    file: '2569/notice-no-gift-policy-2569-en.pdf',
    title: 'Notice 235/2568: No Gift Policy, fiscal year 2569 (English translation)',
    date: "D:20251001090000+07'00'",
    pages: [
      [
        '# Announcement No. 235/2568 - No Gift Policy - English translation',
        '',
        'The executives and all staff of the Organization will neither accept nor',
        'give gifts or hospitality of any kind in connection with their duties',
        'throughout fiscal year 2569 (October 2025 - September 2026).',
        '',
        'In case of any difference, the Thai original prevails.',
        'Announced on 1 October 2025 (B.E. 2568).',
      ],
    ],
    signedBy: CHIEF,
  },
  {
    file: '2569/notice-integrity-intent-2569.pdf',
    title: 'Notice 234/2568: Declaration of integrity intent (signed)',
    date: "D:20251001090000+07'00'",
    pages: [
      [
        '# Notice No. 234/2568 - Declaration of integrity intent',
        '',
        'The Chief Executive declares that the SAO will be run honestly and openly:',
        '1. No use of office for private gain.   2. Budget and procurement disclosed.',
        '3. No interference with committees.     4. Merit-based personnel decisions.',
        '5. No Gift Policy.                      6. Complaints handled fairly.',
        '7. Integrity measures reported every six months.',
        '',
        'Announced on 1 October 2025 (B.E. 2568).',
      ],
    ],
    signedBy: CHIEF,
  },
];

/** Escapes text for a PDF literal string; the content is ASCII by construction. */
function pdfString(text: string): string {
  if (/[^\x20-\x7e]/.test(text)) throw new Error(`non-ASCII text in PDF: ${text}`);
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function pageContent(lines: string[], pageNo: number, pageCount: number, spec: PdfSpec, last: boolean): string {
  const ops: string[] = [];
  // Frame and header band.
  ops.push('0.2 0.2 0.2 RG 1 w 36 36 523 770 re S');
  ops.push('0.12 0.23 0.41 rg 36 760 523 46 re f');
  ops.push('BT /F2 16 Tf 1 1 1 rg 50 778 Td ' + pdfString('SAMPLE DOCUMENT - Ban Nong Tua-yang SAO') + ' Tj ET');
  ops.push('BT /F1 9 Tf 1 1 1 rg 50 766 Td ' + pdfString(ORG_LINE) + ' Tj ET');
  // Diagonal watermark.
  ops.push(
    'q 0.85 0.85 0.85 rg 0.7071 0.7071 -0.7071 0.7071 150 250 cm BT /F2 64 Tf 0 0 Td ' +
      pdfString('SAMPLE') +
      ' Tj ET Q',
  );
  // Body text.
  let y = 730;
  for (const line of lines) {
    if (line.startsWith('# ')) {
      ops.push(`BT /F2 12 Tf 0 0 0 rg 56 ${y} Td ${pdfString(line.slice(2))} Tj ET`);
      y -= 24;
    } else {
      if (line) ops.push(`BT /F3 10 Tf 0 0 0 rg 56 ${y} Td ${pdfString(line)} Tj ET`);
      y -= 15;
    }
  }
  if (last && spec.signedBy) {
    y -= 30;
    // A scribble standing in for the signature.
    ops.push(
      `0 0 0.5 RG 1.2 w 330 ${y + 18} m 345 ${y + 38} 355 ${y} 370 ${y + 22} c 380 ${y + 36} 392 ${y + 4} 410 ${y + 20} c 420 ${y + 28} 430 ${y + 12} 445 ${y + 16} c S`,
    );
    ops.push(`0 0 0 RG 0.5 w 310 ${y} m 500 ${y} l S`);
    ops.push(`BT /F1 10 Tf 0 0 0 rg 320 ${y - 14} Td ${pdfString(`(${spec.signedBy.name})`)} Tj ET`);
    ops.push(`BT /F1 9 Tf 0 0 0 rg 300 ${y - 28} Td ${pdfString(spec.signedBy.position)} Tj ET`);
    ops.push(`BT /F2 9 Tf 0.6 0 0 rg 56 ${y - 28} Td ${pdfString('[SAMPLE - not a real signature]')} Tj ET`);
  }
  // Footer.
  ops.push(
    `BT /F1 8 Tf 0.3 0.3 0.3 rg 56 46 Td ${pdfString(`${spec.title} - page ${pageNo} of ${pageCount} - fictional demo content`)} Tj ET`,
  );
  return ops.join('\n') + '\n';
}

/** Builds a valid PDF 1.4 file: objects, then an xref table with exact byte offsets. */
function buildPdf(spec: PdfSpec): Buffer {
  const objects: string[] = []; // objects[i] is object number i + 1
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add(''); // filled in below
  const pagesObj = add('');
  const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const f3 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>');
  const info = add(
    `<< /Title ${pdfString(spec.title)} /Author ${pdfString('Ban Nong Tua-yang SAO (fictional demo)')} /Subject ${pdfString('SAMPLE DOCUMENT for the ITA demo site')} /Producer ${pdfString('make-demo-evidence.ts')} /CreationDate ${pdfString(spec.date)} /ModDate ${pdfString(spec.date)} >>`,
  );
  const pageIds: number[] = [];
  spec.pages.forEach((lines, index) => {
    const content = pageContent(lines, index + 1, spec.pages.length, spec, index === spec.pages.length - 1);
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`);
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R /F3 ${f3} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

  // Header with a binary comment so tools treat the file as binary.
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function writePdf(spec: PdfSpec): number {
  const pdf = buildPdf(spec);
  const target = join(EVIDENCE_DIR, spec.file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, pdf);
  return pdf.length;
}

// ---------------------------------------------------------------------------

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
let total = 0;
for (const spec of PHOTOS) {
  const size = await makePhoto(spec);
  total += size;
  console.log(`${spec.file.padEnd(40)} ${kb(size).padStart(10)}${spec.gps ? '  (GPS)' : ''}`);
}
for (const spec of [...DOCUMENTS, ...NOTICES]) {
  const size = writePdf(spec);
  total += size;
  console.log(`${spec.file.padEnd(40)} ${kb(size).padStart(10)}`);
}
console.log(`total ${kb(total)}`);
