import { describe, expect, it } from 'vitest';
import { repairXml } from '../../../src/stages/collect/repair-xml.ts';

describe('repairXml', () => {
  it('escapes a bare ampersand but keeps real references', () => {
    expect(repairXml('<t>A & B &amp; C &#8211; D</t>')).toBe('<t>A &amp; B &amp; C &#8211; D</t>');
  });

  it('turns HTML named entities into numeric references XML understands', () => {
    expect(repairXml('<t>K&yacute; kết</t>')).toBe('<t>K&#253; kết</t>');
  });

  it('leaves CDATA sections untouched', () => {
    expect(repairXml('<t><![CDATA[A & B &yacute;]]></t>')).toBe('<t><![CDATA[A & B &yacute;]]></t>');
  });

  it('drops the DOCTYPE with its entity declarations and keeps unknown references as text', () => {
    const repaired = repairXml('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>');
    expect(repaired).not.toContain('ENTITY');
    expect(repaired).toContain('<r>&amp;x;</r>');
  });

  it('strips characters XML 1.0 forbids, including references to them', () => {
    expect(repairXml('<t>a\u000bb\u0001c&#1;d</t>')).toBe('<t>abcd</t>');
  });
});
