import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { trimComponentJs } from '@/build/search/trim-component-js';

// The shape of Pagefind's bundle: one module object per language, a list of them and a list of their paths.
const bundle = [
  '"use strict";(()=>{var h=(a,s)=>{for(var e in s)Object.defineProperty(a,e,{get:s[e],enumerable:!0})};',
  'var A={};h(A,{default:()=>A1,direction:()=>A2,strings:()=>A3});var A2="ltr",A3={placeholder:"Soek",x:"a}b{"},A1={direction:A2,strings:A3};',
  'var B={};h(B,{default:()=>B1,direction:()=>B2,strings:()=>B3});var B2="ltr",B3={placeholder:"Search"},B1={direction:B2,strings:B3};',
  'var C={};h(C,{default:()=>C1,direction:()=>C2,strings:()=>C3});var C2="ltr",C3={placeholder:"\\u0e04\\u0e49\\u0e19\\u0e2b\\u0e32"},C1={direction:C2,strings:C3};',
  'var L=[A,B,C],J=L,Z=["../../translations/af.json","../../translations/en.json","../../translations/th.json"];',
  'globalThis.out=Object.fromEntries(Z.map((p,i)=>[p.match(/(\\w+)\\.json/)[1],J[i].strings]));})();',
].join('');

describe('trimComponentJs', () => {
  it('empties the strings of every language but Thai and English, and the script still runs', () => {
    const { code, emptied } = trimComponentJs(bundle);
    expect(emptied).toBe(1);
    expect(code).not.toContain('Soek');
    const context: { out?: Record<string, Record<string, string>> } = {};
    vm.runInNewContext(code, context);
    expect(context.out).toEqual({ af: {}, en: { placeholder: 'Search' }, th: { placeholder: 'ค้นหา' } });
  });

  it('leaves a script of another shape as it is', () => {
    expect(trimComponentJs('console.log(1)')).toEqual({ code: 'console.log(1)', emptied: 0 });
  });
});
