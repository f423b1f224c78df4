/**
 * Journals for the repository's tests, each in a database of its own (fake-indexeddb), so that no
 * test reads what another left; every journal a test opened is closed after it.
 */
import { afterEach } from 'vitest';
import { type JournalRepository, openJournal } from '../../../../platform/pages/journal';

/** Registers the closing in the calling test file; `prefix` names its databases. */
export function journalDatabasesForEachTest(prefix: string) {
  let count = 0;
  const opened: JournalRepository[] = [];
  afterEach(() => {
    for (const journal of opened.splice(0)) journal.close();
  });
  const newDatabaseName = (): string => `${prefix}-${++count}`;
  return {
    /** A database name no test in this file has used. */
    newDatabaseName,
    /** The name `newDatabaseName` gave last: the database of the latest fresh journal. */
    lastDatabaseName: (): string => `${prefix}-${count}`,
    /** Closes journals the test opened itself once it ends. */
    closeAfterTest(...journals: JournalRepository[]): void {
      opened.push(...journals);
    },
    /** A journal in a new, empty database. */
    async freshJournal(): Promise<JournalRepository> {
      const journal = await openJournal({ name: newDatabaseName() });
      opened.push(journal);
      return journal;
    },
  };
}
