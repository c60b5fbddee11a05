/** The survey's words in Korean and English (the page's `lang` decides; Korean by default). */
export const SURVEY_TEXT = {
  ko: {
    question: '이 서비스 이용이 만족스러우셨나요?',
    hint: '1(매우 불만족)부터 5(매우 만족)까지 골라 주세요. 응답은 익명이며 서비스 개선에만 쓰입니다.',
    options: ['매우 불만족', '불만족', '보통', '만족', '매우 만족'],
    send: '보내기',
    close: '설문 닫기',
    thanks: '응답해 주셔서 감사합니다.',
  },
  en: {
    question: 'Were you satisfied with this service?',
    hint: 'Choose from 1 (very dissatisfied) to 5 (very satisfied). Answers are anonymous and only used to improve the service.',
    options: ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'],
    send: 'Send',
    close: 'Close survey',
    thanks: 'Thank you for your answer.',
  },
} as const;

/** The words for the page's language. */
export function surveyText(lang: string) {
  return lang.toLowerCase().startsWith('en') ? SURVEY_TEXT.en : SURVEY_TEXT.ko;
}
