import type { DigestLang } from '@minwon-ux/api-contract';
import { nextVersion } from '../../auth/version-clock.ts';
import type { Store } from '../../store/create-store.ts';
import { runQuery } from '../../store/query.ts';

/** A user's digest subscription (`digest_subscriptions`, 0053). */
export interface DigestSubscription {
  userId: string;
  subscribed: boolean;
  /** The last month (YYYY-MM) a scheduled digest summarised for this user; '' never. */
  lastMonth: string;
  lang: DigestLang;
}

/**
 * Every subscription row's latest version (subscribed or not).
 *
 * @example
 * const subs = (await listSubscriptions(store)).filter((s) => s.subscribed);
 */
export async function listSubscriptions(store: Store, userId = ''): Promise<DigestSubscription[]> {
  const rows = await runQuery<{ userId: string; subscribed: number; lastMonth: string; lang: string }>(
    store,
    `SELECT user_id AS userId, subscribed, last_month AS lastMonth, lang FROM minwon_ux.digest_subscriptions FINAL
     WHERE {user:String} = '' OR user_id = {user:String} ORDER BY user_id`,
    { user: userId },
  );
  return rows.map((r) => ({
    userId: r.userId,
    subscribed: Number(r.subscribed) === 1,
    lastMonth: r.lastMonth,
    lang: r.lang === 'en' ? 'en' : 'ko',
  }));
}

/** Writes a subscription's new state. */
export async function saveSubscription(store: Store, s: DigestSubscription): Promise<void> {
  await store.client.insert({
    table: `${store.database}.digest_subscriptions`,
    format: 'JSONEachRow',
    values: [
      {
        user_id: s.userId,
        subscribed: s.subscribed ? 1 : 0,
        last_month: s.lastMonth,
        lang: s.lang,
        version: nextVersion(),
      },
    ],
  });
}
