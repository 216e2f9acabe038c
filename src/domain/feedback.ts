/**
 * A citizen's rating of a page or of a service (the Modello Comuni feedback block): the detail of the
 * `sdc-feedback` event, fired by `<sdc-feedback>` and by the wizard's confirmation alike.
 * `answer` is the key of the chosen follow-up answer, e.g. `positive1`, `other`.
 */
export interface FeedbackDetail {
  rating: 1 | 2 | 3 | 4 | 5;
  positive: boolean;
  answer?: string;
  /** The label of the chosen answer, as shown. */
  answerLabel?: string;
  details?: string;
  /** The page that was rated (`location.pathname` + search). */
  page: string;
}
