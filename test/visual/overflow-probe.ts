import JSZip from 'jszip';

/**
 * The overflow probe from research/decks.md: every text box is set to grow with its text
 * (spAutoFit) and top-anchored; after LibreOffice re-lays the deck out and saves it, a box whose
 * height grew means its text did not fit the box we drew.
 */
export async function makeProbeDeck(pptx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(pptx);
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace(/<a:bodyPr([^>]*?)anchor="(?:ctr|b)"([^>]*)>/g, '<a:bodyPr$1anchor="t"$2>').replace(/<a:bodyPr([^>]*)><\/a:bodyPr>/g, '<a:bodyPr$1><a:spAutoFit/></a:bodyPr>'));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/** Heights in inches of named shapes, keyed "slide:name". */
export async function boxHeights(pptx: Uint8Array): Promise<Map<string, { y: number; h: number }>> {
  const zip = await JSZip.loadAsync(pptx);
  const boxes = new Map<string, { y: number; h: number }>();
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const slide = /(\d+)/.exec(name)![1];
    for (const m of xml.matchAll(/<p:cNvPr id="\d+" name="([^"]+)"[\s\S]*?<a:off x="-?\d+" y="(-?\d+)"\/><a:ext cx="\d+" cy="(\d+)"/g)) {
      boxes.set(`${slide}:${m[1]}`, { y: Number(m[2]) / 914400, h: Number(m[3]) / 914400 });
    }
  }
  return boxes;
}

/** Boxes that grew by more than 2% or now run past the slide's bottom edge. */
export function compareBoxes(before: Map<string, { y: number; h: number }>, after: Map<string, { y: number; h: number }>, slideH = 7.5): string[] {
  const problems: string[] = [];
  for (const [key, box] of before) {
    const rt = after.get(key);
    if (!rt || /^(Image|Media) /.test(key.split(':')[1] ?? '')) continue;
    if (rt.h > box.h * 1.02 + 0.01 || box.y + rt.h > slideH + 0.01) problems.push(`${key} ${box.h.toFixed(2)}in -> ${rt.h.toFixed(2)}in`);
  }
  return problems;
}

/** The box whose laid-out text fills the most of its drawn height (1 = exactly full). */
export function fullestBox(before: Map<string, { y: number; h: number }>, after: Map<string, { y: number; h: number }>, only: RegExp = /./): { key: string; fill: number } {
  let fullest = { key: '', fill: 0 };
  for (const [key, box] of before) {
    const rt = after.get(key);
    const name = key.split(':')[1] ?? '';
    // Unnamed shapes ("Text 3") are the empty decorative bars.
    if (!rt || /^(Image|Media|Text) \d+$/.test(name) || !only.test(name) || box.h === 0) continue;
    if (rt.h / box.h > fullest.fill) fullest = { key, fill: rt.h / box.h };
  }
  return fullest;
}

/**
 * The story body that fills least of its box once laid out, and whether its slide has a key-figure
 * callout beside it: a story slide without a callout whose body fills less than half its box is
 * the half-empty slide issue 13 is about.
 */
export function emptiestStoryBody(before: Map<string, { y: number; h: number }>, after: Map<string, { y: number; h: number }>): { key: string; fill: number; callout: boolean } | null {
  let emptiest: { key: string; fill: number; callout: boolean } | null = null;
  for (const [key, box] of before) {
    const [slide, name] = key.split(':');
    const rt = after.get(key);
    if (!rt || !/^story-\d+-body$/.test(name ?? '') || box.h === 0) continue;
    const fill = rt.h / box.h;
    const callout = before.has(`${slide}:${name!.replace(/-body$/, '-callout')}`);
    if (!emptiest || fill < emptiest.fill) emptiest = { key, fill, callout };
  }
  return emptiest;
}
