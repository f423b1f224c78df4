/**
 * The sidebar's pause (the header button and the settings switch): the background saves it
 * (platform/background/pause.ts), so the save lands even when the sidebar closes right after
 * the click, and every way to pause goes through the same place.
 */
import { sendToBackground } from '../messages';

/** Asks the background to pause (`paused` true) or resume; rejects when it was not saved. */
export async function setPaused(paused: boolean): Promise<void> {
  const reply = await sendToBackground('sidebar→background:set-paused', { paused });
  // No reply (undefined) means the background's save failed, and it logged why.
  if (reply?.paused !== paused) throw new Error(`The pause (${paused}) was not saved`);
}
