import type * as z from 'zod/mini';
import type { BundleSchema } from './schema/index.js';
import type { Block as BlockSchema, BLOCK_TYPES } from './schema/blocks.js';
import type { LocalText as LocalTextSchema, RichText as RichTextSchema } from './schema/common.js';

export type { Section } from './schema/policy.js';
export type Bundle = z.infer<typeof BundleSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = (typeof BLOCK_TYPES)[number];
export type LocalText = z.infer<typeof LocalTextSchema>;
export type RichText = z.infer<typeof RichTextSchema>;
export type School = NonNullable<Bundle['school']>;
export type Contact = NonNullable<School['contacts']>[number];
export type Policy = NonNullable<Bundle['policy']>;
export type Agreement = NonNullable<Bundle['agreements']>[number];
export type Quiz = NonNullable<Bundle['quiz']>;
export type Concern = NonNullable<Bundle['concern']>;
export type Guidance = NonNullable<Bundle['guidance']>;
export type Question = NonNullable<Quiz['questions']>[number];
export type QuizAction = NonNullable<Quiz['actions']>[number];
export type Topic = NonNullable<Guidance['topics']>[number];
export type Theme = NonNullable<Guidance['themes']>[number];
export type GuidanceNote = NonNullable<Guidance['notes']>[number];
export type ConcernRoute = NonNullable<Concern['routes']>[number];
export type ConcernCategory = NonNullable<Concern['categories']>[number];
export type SubmitSettings = NonNullable<Bundle['submit']>;

/** One problem with a bundle: where (a JSON path such as policy.sections[3].title) and what. */
export interface BundleIssue {
  path: string;
  message: string;
}
