import pptxgen from 'pptxgenjs';
import type PptxTypes from 'pptxgenjs';

// pptxgenjs ships a CommonJS-style d.ts, so under NodeNext its default import types as the module
// object while the ESM build's default export is the class itself. Take whichever is constructable.
type PptxGenJSClass = (typeof pptxgen)['default'];
const moduleValue = pptxgen as unknown as { default?: PptxGenJSClass };
export const PptxGenJS: PptxGenJSClass = moduleValue.default ?? (pptxgen as unknown as PptxGenJSClass);

export type Pptx = InstanceType<PptxGenJSClass>;
export type Slide = PptxTypes.default.Slide;
export type TextProps = PptxTypes.default.TextProps;
export type TextPropsOptions = PptxTypes.default.TextPropsOptions;
export type SlideMasterProps = PptxTypes.default.SlideMasterProps;
export type SlideNumberProps = PptxTypes.default.SlideNumberProps;
