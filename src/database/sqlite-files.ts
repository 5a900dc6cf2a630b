import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The SQLite file holds access-code hashes and personal data: the folder Agora creates for it
 * and the files themselves are the owner's only, like `.jwt-secret`.
 */
export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** The files that hold a SQLite database's data: the file, its write-ahead log and index, its journal. */
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

/** Creates the folder (and its parents) owner-only when missing; an existing folder is left as it is. */
export function makePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/**
 * Before SQLite opens `path`: the folder created owner-only when missing, the file created empty
 * and owner-only when missing (SQLite then gives its -wal and -shm files the same mode), and
 * the files of an existing database made owner-only too.
 */
export function preparePrivateSqlite(path: string): void {
  if (path === ':memory:') return;
  makePrivateFolder(dirname(path));
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  for (const suffix of COMPANIONS)
    if (existsSync(path + suffix)) chmodSync(path + suffix, PRIVATE_FILE_MODE);
}

/** A new file for SQLite to write (a backup): created owner-only; refused if it exists. */
export function createPrivateFile(path: string): void {
  makePrivateFolder(dirname(path));
  closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
}
