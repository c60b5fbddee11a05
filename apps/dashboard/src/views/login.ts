import { login, type User } from '../api/auth.ts';
import { t } from '../i18n/index.ts';
import { h, statusLine } from '../ui/dom.ts';

/**
 * The login form. Resolves `onLoggedIn` with the user after a successful login.
 *
 * @example
 * renderLogin(main, (user) => start(user));
 */
export function renderLogin(main: HTMLElement, onLoggedIn: (user: User) => void): void {
  const email = h('input', {
    id: 'login-email',
    name: 'email',
    type: 'email',
    autocomplete: 'username',
    required: true,
  });
  const password = h('input', {
    id: 'login-password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const message = h('div', { class: 'login-message' });
  const form = h(
    'form',
    { class: 'login', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, t('login.title')),
    h('div', { class: 'field' }, h('label', { for: 'login-email' }, t('login.email')), email),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, t('login.password')), password),
    message,
    h('button', { type: 'submit', class: 'primary' }, t('login.submit')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.replaceChildren();
    try {
      onLoggedIn(await login(email.value, password.value));
    } catch {
      message.append(statusLine(t('login.failed'), 'error'));
      password.value = '';
      password.focus();
    }
  });
  main.replaceChildren(form);
  email.focus();
}
