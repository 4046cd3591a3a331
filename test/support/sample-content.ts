import { frameworkSchema } from '@/schemas/framework';

/** A 2568 framework that lists only issues 2 and 7, so an issue's number is never its place in the list. */
export const twoIssueFramework = frameworkSchema.parse({
  fiscalYear: 2568,
  scheme: 'issues-7',
  issues: [
    { code: 'transparency', number: 2, title: 'การเปิดเผยข้อมูล' },
    { code: 'anti-corruption', number: 7, title: 'การป้องกันการทุจริต' },
  ],
});
