import type { SavedCheck } from '../../../../knowledge/symptoms/check-record';
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  StaleWriteError,
  StorageError,
  type StoredCheck,
} from '../../../../platform/pages/database';
import { type CheckHistory, createCheckHistory } from '../../../../platform/pages/history';

let opened: CheckHistory[] = [];
let counter = 0;

/** A history in a database of its own, so tests never see each other's checks. */
function freshHistory(): { history: CheckHistory; name: string } {
  const name = `history-test-${++counter}`;
  const history = createCheckHistory(name);
  opened.push(history);
  return { history, name };
}

function check(at: number, zones: StoredCheck['answers']['zones'] = ['outer-hip']) {
  return {
    at,
    answers: { zones, feelings: [], triggers: [], onset: null, redFlagAnswers: {}, text: '' },
    topConditions: ['hip-bursitis' as const],
    redFlags: [],
  };
}

afterEach(() => {
  for (const history of opened) history.close();
  opened = [];
});

describe('the check history', () => {
  it('adds checks and lists them newest first', async () => {
    const { history } = freshHistory();
    const first = (await history.add(check(1000))).id;
    const third = (await history.add(check(3000))).id;
    const second = (await history.add(check(2000))).id;
    expect((await history.list()).map((c) => [c.id, c.at])).toEqual([
      [third, 3000],
      [second, 2000],
      [first, 1000],
    ]);
  });

  it('gets one check, replaces it after a change, and says null once it is gone', async () => {
    const { history } = freshHistory();
    const { id, rev } = await history.add(check(1000));
    expect(await history.get(id)).toMatchObject({ id, at: 1000 });
    await history.replace({ ...check(1500, ['groin']), id }, rev);
    expect(await history.get(id)).toMatchObject({ id, at: 1500, answers: { zones: ['groin'] } });
    expect(await history.list()).toHaveLength(1);
    await history.remove(id);
    expect(await history.get(id)).toBeNull();
  });

  it('reads a check saved before "not sure" existed: its yes-list becomes yes answers', async () => {
    const { history } = freshHistory();
    const { id, rev } = await history.add(check(1000));
    // What an older version stored: the red-flag questions answered yes, as a list.
    const legacy = {
      ...check(1000),
      id,
      answers: {
        zones: ['groin'],
        feelings: [],
        triggers: [],
        onset: null,
        redFlags: ['bone-stress', 'made-up'],
        text: '',
      },
    };
    await history.replace(legacy as unknown as SavedCheck, rev);
    const [read] = await history.list();
    expect(read?.answers.redFlagAnswers).toEqual({ 'bone-stress': 'yes' });
    expect(read?.answers).not.toHaveProperty('redFlags');
    expect((await history.get(id))?.answers.redFlagAnswers).toEqual({ 'bone-stress': 'yes' });
  });

  it('deletes one check or all of them', async () => {
    const { history } = freshHistory();
    const { id: a } = await history.add(check(1));
    await history.add(check(2));
    await history.add(check(3));
    await history.remove(a);
    expect((await history.list()).map((c) => c.at)).toEqual([3, 2]);
    await history.clear();
    expect(await history.list()).toEqual([]);
  });

  it('keeps its checks for the next sidebar (a reload)', async () => {
    const { history, name } = freshHistory();
    await history.add(check(77));
    history.close();
    const again = createCheckHistory(name);
    opened.push(again);
    expect((await again.list()).map((c) => c.at)).toEqual([77]);
  });

  it('ignores an id passed to add, so a copied check never overwrites another', async () => {
    const { history } = freshHistory();
    const kept = (await history.add(check(1))).id;
    const copy = (await history.add({ ...check(2), id: kept } as ReturnType<typeof check>)).id;
    expect(copy).not.toBe(kept);
    expect(await history.list()).toHaveLength(2);
  });

  it('puts a deleted check back with Undo, under its old id', async () => {
    const { history } = freshHistory();
    await history.add(check(1));
    const { id } = await history.add(check(2, ['groin']));
    const deleted = await history.remove(id);
    expect(deleted).toMatchObject({ id, at: 2, answers: { zones: ['groin'] } });
    expect((await history.list()).map((c) => c.id)).not.toContain(id);
    if (!deleted) throw new Error('nothing deleted');
    await history.restore(deleted);
    expect((await history.list()).map((c) => [c.id, c.at])).toEqual([
      [id, 2],
      [1, 1],
    ]);
    // Deleting what is already gone deletes nothing and offers nothing to undo.
    expect(await history.remove(999)).toBeNull();
  });

  it('will not undo a deletion over a check that took the id since', async () => {
    const { history, name } = freshHistory();
    const { id } = await history.add(check(1));
    const deleted = await history.remove(id);
    if (!deleted) throw new Error('nothing deleted');
    // Another window restored a backup whose check has the same id.
    const db = await openDB(name);
    await db.add('checks', { ...check(5), id });
    db.close();
    await expect(history.restore(deleted)).rejects.toThrow(
      'That check could not be put back: its place was taken by a check restored from a backup.',
    );
    expect((await history.list()).map((c) => c.at)).toEqual([5]);
  });

  it('never brings back a check deleted in another window, nor overwrites a newer one', async () => {
    const { history, name } = freshHistory();
    const other = createCheckHistory(name);
    opened.push(other);
    const { id, rev } = await history.add(check(1));
    await other.remove(id);
    await expect(history.replace({ ...check(2), id }, rev)).rejects.toThrow(
      'This check was deleted in another Hip Pain Guide window, so your change was not saved.',
    );
    expect(await history.list()).toEqual([]);

    const second = await history.add(check(3));
    await other.replace({ ...check(4), id: second.id }, second.rev);
    await expect(
      history.replace({ ...check(5), id: second.id }, second.rev),
    ).rejects.toBeInstanceOf(StaleWriteError);
    expect((await history.list()).map((c) => c.at)).toEqual([4]);
  });

  it('gives new checks small ids whatever the key counter says', async () => {
    const { history, name } = freshHistory();
    expect(await history.list()).toEqual([]);
    const db = await openDB(name);
    await db.put('checks', { ...check(1), id: Number.MAX_SAFE_INTEGER });
    await db.clear('checks');
    db.close();
    expect((await history.add(check(2))).id).toBe(1);
  });

  it('reports failures as a StorageError with a message fit to show', async () => {
    const { history, name } = freshHistory();
    // A newer version of the database (from a newer extension) cannot be opened by this one.
    const newer = await openDB(name, 999);
    newer.close();
    const failure = await history.list().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).message).toMatch(/Hip Pain Guide/);
    await expect(history.add(check(1))).rejects.toBeInstanceOf(StorageError);
  });
});
