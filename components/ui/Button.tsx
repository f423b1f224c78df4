/**
 * The UI kit's buttons: one look for every action in the sidebar, the journal and the summary
 * page. `Button` is a <button>; `ButtonLink` is a link that looks like one (navigation inside the
 * sidebar is a link, so Back and "open in new tab" keep working).
 */
import type { ComponentChildren, JSX, Ref } from 'preact';

/** How loud a button is: `primary` for the one main action, `danger` for deleting. */
export type ButtonTone = 'default' | 'primary' | 'quiet' | 'danger';

/** The class list for a button of this tone and size. */
export function buttonClass(tone: ButtonTone = 'default', small = false, extra = ''): string {
  return ['button', tone === 'default' ? '' : `button-${tone}`, small ? 'button-small' : '', extra]
    .filter(Boolean)
    .join(' ');
}

type ButtonProps = Omit<JSX.HTMLAttributes<HTMLButtonElement>, 'class' | 'ref' | 'type'> & {
  type?: 'button' | 'submit' | 'reset';
  tone?: ButtonTone;
  small?: boolean;
  class?: string;
  buttonRef?: Ref<HTMLButtonElement>;
  children: ComponentChildren;
};

/** A button; `type` is "button" unless said otherwise, so it never submits a form by surprise. */
export function Button({
  tone,
  small,
  class: extra,
  buttonRef,
  type = 'button',
  children,
  ...rest
}: ButtonProps): JSX.Element {
  return (
    <button {...rest} type={type} ref={buttonRef} class={buttonClass(tone, small, extra)}>
      {children}
    </button>
  );
}

/** A link drawn as a button. */
export function ButtonLink({
  href,
  tone,
  small,
  children,
}: {
  href: string;
  tone?: ButtonTone;
  small?: boolean;
  children: ComponentChildren;
}): JSX.Element {
  return (
    <a href={href} class={buttonClass(tone, small)}>
      {children}
    </a>
  );
}
