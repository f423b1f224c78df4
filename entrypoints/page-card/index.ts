/**
 * The term card's code, injected by the background into the content script's world the first
 * time a page needs a card (page/card-module.ts says why and how), not listed in the manifest.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideCardModule } from '../../page/card-module';
import { isDarkAround } from '../../page/page-theme';
import { createTermCardController } from '../../page/term-card-controller';

export default defineUnlistedScript(() => {
  provideCardModule({ createTermCardController, isDarkAround });
});
