import { z } from 'zod';
import type { PlannerDb } from './db';

/**
 * The trust's own Word template for the board paper (Settings › Word template), kept in one meta
 * row as base64 so it travels in backups (which are JSON) and needs no new table or schema
 * version. shared/export/docx-template.ts caps it at 2 MB (about 2.7 MB as base64).
 */
export const WORD_TEMPLATE_KEY = 'word-template';

const storedSchema = z.object({
  fileName: z.string().min(1),
  size: z.number().int().nonnegative(),
  chosenAt: z.string(),
  base64: z.string(),
});

/** What Settings shows about the chosen template (no bytes: they are read only to check or fill it). */
export interface WordTemplateInfo {
  fileName: string;
  size: number;
  /** ISO time it was chosen. */
  chosenAt: string;
}

export interface WordTemplateFile {
  fileName: string;
  bytes: Uint8Array;
}

// btoa takes a "binary string": built in slices, so a 2 MB template never makes one giant argument list.
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function readStored(db: PlannerDb) {
  const parsed = storedSchema.safeParse((await db.meta.get(WORD_TEMPLATE_KEY))?.value);
  // A row that no longer parses reads as no template: the paper exports without one, never fails.
  return parsed.success ? parsed.data : null;
}

export async function wordTemplateInfo(db: PlannerDb): Promise<WordTemplateInfo | null> {
  const stored = await readStored(db);
  return stored && { fileName: stored.fileName, size: stored.size, chosenAt: stored.chosenAt };
}

export async function readWordTemplate(db: PlannerDb): Promise<WordTemplateFile | null> {
  const stored = await readStored(db);
  return stored && { fileName: stored.fileName, bytes: fromBase64(stored.base64) };
}

export async function saveWordTemplate(db: PlannerDb, file: WordTemplateFile, now = new Date()): Promise<void> {
  const value = { fileName: file.fileName, size: file.bytes.byteLength, chosenAt: now.toISOString(), base64: toBase64(file.bytes) };
  await db.transaction('rw', db.meta, db.changeLog, async () => {
    await db.meta.put({ key: WORD_TEMPLATE_KEY, value: storedSchema.parse(value) });
    await db.changeLog.add({
      at: now.toISOString(),
      entity: 'settings',
      entityId: WORD_TEMPLATE_KEY,
      action: 'update',
      summary: `Chose the Word template ${file.fileName}`,
    });
  });
}

export async function removeWordTemplate(db: PlannerDb): Promise<void> {
  await db.transaction('rw', db.meta, db.changeLog, async () => {
    const stored = await readStored(db);
    await db.meta.delete(WORD_TEMPLATE_KEY);
    await db.changeLog.add({
      at: new Date().toISOString(),
      entity: 'settings',
      entityId: WORD_TEMPLATE_KEY,
      action: 'delete',
      summary: stored ? `Removed the Word template ${stored.fileName}` : 'Removed the Word template',
    });
  });
}
