import { escapeXml } from '../speech/ssml.ts';

/** How one slide plays in a self-running show. */
export interface SlidePlayback {
  /** Milliseconds before the slide moves on by itself (a click still moves on earlier). */
  advanceMs: number;
  /** Name (objectName) of the slide's audio clip, which starts by itself when the slide shows. */
  audio?: string;
  /** The clip's MP3 bytes, written over the placeholder part the slide's audio relationship points at. */
  clip?: Uint8Array;
}

/**
 * Makes a slide written by pptxgenjs play its clip and move on by itself, as PowerPoint writes a
 * clip set to "Start: Automatically" with "After: mm:ss" slide timing:
 * - the clip is an `<a:audioFile>` (pptxgenjs writes every clip as `<a:videoFile>`, gitbrent/PptxGenJS#1203)
 *   with a shape id of its own (pptxgenjs derives it from a relationship id, which can equal
 *   another shape's id, and the timing must point at exactly one shape);
 * - `<p:transition advClick="1" advTm>` after `<p:clrMapOvr>`, holding a `<p:cut/>` (an instant
 *   change, as with no transition): LibreOffice reads no advance time from a transition without an
 *   effect element (oox SlideTransitionContext);
 * - `<p:timing>`: in the main sequence, an automatic (`afterEffect`, on begin) `mediacall`
 *   effect whose `playFrom(0.0)` command targets the clip, and the clip's `<p:audio>` media node,
 *   which stops when the slide ends.
 *
 * The play command's own duration is the advance time's part below a second, not the clip's length
 * as PowerPoint writes it. PowerPoint moves on at the later of advTm and the effects' end, so there
 * it changes nothing (the clip plays to its end either way). LibreOffice starts the advance timer
 * only when the effects have ended and keeps whole seconds of advTm (Duration = advTm / 1000), so
 * this way it too moves on exactly at advTm instead of after the clip and advTm again.
 */
export function addSlidePlayback(xml: string, playback: SlidePlayback): string {
  let out = xml;
  let timing = '';
  if (playback.audio) {
    const name = escapeXml(playback.audio);
    const pic = new RegExp(`<p:pic>(?:(?!</p:pic>)[\\s\\S])*?<p:cNvPr id="\\d+" name="${escapeRegExp(name)}"[\\s\\S]*?</p:pic>`).exec(out);
    if (!pic) throw new Error(`slide has no audio clip named "${playback.audio}"`);
    const spid = Math.max(0, ...[...out.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    const fixed = pic[0]
      .replace(/<p:cNvPr id="\d+"/, `<p:cNvPr id="${spid}"`)
      .replace('<a:videoFile ', '<a:audioFile ');
    out = out.slice(0, pic.index) + fixed + out.slice(pic.index + pic[0].length);
    timing = autoplayTiming(spid, Math.max(1, Math.round(playback.advanceMs) % 1000));
  }
  const transition = `<p:transition spd="fast" advClick="1" advTm="${Math.max(0, Math.round(playback.advanceMs))}"><p:cut/></p:transition>`;
  const end = out.lastIndexOf('</p:clrMapOvr>');
  if (end < 0) throw new Error('slide has no <p:clrMapOvr> to place the slide timing after');
  const at = end + '</p:clrMapOvr>'.length;
  return out.slice(0, at) + transition + timing + out.slice(at);
}

function autoplayTiming(spid: number, commandMs: number): string {
  const target = `<p:tgtEl><p:spTgt spid="${spid}"/></p:tgtEl>`;
  const slide = '<p:tgtEl><p:sldTgt/></p:tgtEl>';
  return (
    '<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>' +
    '<p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>' +
    '<p:par><p:cTn id="3" fill="hold"><p:stCondLst><p:cond delay="indefinite"/><p:cond evt="onBegin" delay="0"><p:tn val="2"/></p:cond></p:stCondLst><p:childTnLst>' +
    '<p:par><p:cTn id="4" fill="hold"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>' +
    '<p:par><p:cTn id="5" presetID="1" presetClass="mediacall" presetSubtype="0" fill="hold" nodeType="afterEffect"><p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>' +
    `<p:cmd type="call" cmd="playFrom(0.0)"><p:cBhvr><p:cTn id="6" dur="${commandMs}" fill="hold"/>${target}</p:cBhvr></p:cmd>` +
    '</p:childTnLst></p:cTn></p:par>' +
    '</p:childTnLst></p:cTn></p:par>' +
    '</p:childTnLst></p:cTn></p:par>' +
    '</p:childTnLst></p:cTn>' +
    `<p:prevCondLst><p:cond evt="onPrev" delay="0">${slide}</p:cond></p:prevCondLst>` +
    `<p:nextCondLst><p:cond evt="onNext" delay="0">${slide}</p:cond></p:nextCondLst></p:seq>` +
    '<p:audio><p:cMediaNode vol="80000"><p:cTn id="7" fill="hold" display="0"><p:stCondLst><p:cond delay="indefinite"/></p:stCondLst>' +
    `<p:endCondLst><p:cond evt="onStopAudio" delay="0">${slide}</p:cond></p:endCondLst></p:cTn>${target}</p:cMediaNode></p:audio>` +
    '</p:childTnLst></p:cTn></p:par></p:tnLst></p:timing>'
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
