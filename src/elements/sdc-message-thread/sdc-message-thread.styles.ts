import { css } from 'lit';
import { base, controls, tokens } from '../../styles/tokens.js';
import { stateStyles } from '../../ui/states.js';
import { alertStyles } from '../../ui/alert.js';
import { statusTagStyles } from '../../ui/status-tag.js';

const thread = css`
  .thread-heading { margin-bottom: calc(var(--_space) * 2); }

  .thread-summary {
    display: flex; flex-wrap: wrap; align-items: center; gap: 0 20px;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .thread-summary__count { margin: 0; }
  .thread-summary .btn-link { padding-inline: 0; min-height: 44px; }
  .thread-summary__count strong { color: var(--_text); }

  .thread-older { display: flex; flex-direction: column; align-items: center; gap: var(--_space); margin-bottom: calc(var(--_space) * 2); }
  .thread-older .btn { min-height: 44px; }
  .thread { list-style: none; margin: 0 0 calc(var(--_space) * 4); padding: 0; display: grid; gap: calc(var(--_space) * 2); }
  .thread__item { display: grid; gap: calc(var(--_space) * 2); }

  /* Office messages on the left, the citizen's on the right, as in any conversation; full width on phones. */
  .msg {
    position: relative; max-width: 100%; padding: 16px 20px;
    border: 1px solid var(--_border); border-radius: var(--_radius);
    background: var(--_surface); box-shadow: 0 1px 3px rgb(0 0 0 / 6%);
    overflow-wrap: anywhere;
  }
  .msg:focus-visible, .msg:focus { outline: 3px solid transparent; box-shadow: var(--_focus-ring); }
  .msg--office { border-left: 4px solid var(--_primary); }
  .msg--mine { background: var(--_primary-soft); border-color: transparent; }
  .msg--new { border-left-color: var(--_warning); border-left-width: 6px; }
  .msg--sending { border: 1px dashed var(--_primary); }
  .msg--failed { background: var(--_danger-soft); border: 1px solid var(--_danger); border-left-width: 6px; }
  @media (min-width: 768px) {
    .msg--office { margin-right: 12%; }
    .msg--mine { margin-left: 12%; }
  }

  .msg__meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 12px; margin: 0 0 8px; }
  .msg__author { font-weight: 700; }
  /* Body text colour, not muted: muted grey fails 4.5:1 on the tinted backgrounds of the citizen's and failed messages. */
  .msg__time { color: var(--_text); font-size: 0.875rem; }
  .msg__new { font-size: 0.75rem; }
  @media (min-width: 576px) { .msg__new { margin-left: auto; } }
  .msg__subject { font-weight: 600; margin: 0 0 8px; }
  .msg__body > :last-child, .msg__body p:last-child { margin-bottom: 0; }
  .msg__body p, .msg__body ul, .msg__body ol { margin: 0 0 12px; }
  .msg__body--plain { white-space: pre-wrap; }
  .msg__body table { border-collapse: collapse; display: block; overflow-x: auto; }
  .msg__body th, .msg__body td { border: 1px solid var(--_border); padding: 4px 8px; text-align: left; }

  .msg__actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 16px 0 0; }
  .msg__actions .icon { flex: none; }
  @media (max-width: 575px) { .msg__actions .btn { flex: 1 1 100%; } }

  .msg__files { margin: 16px 0 0; }
  .msg__files-title { font-size: 0.875rem; font-weight: 600; margin: 0 0 4px; }
  .files { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  .file__button {
    display: flex; align-items: center; gap: 8px; width: 100%; min-height: 48px; padding: 8px 12px;
    font: inherit; text-align: left; color: var(--_primary); cursor: pointer;
    background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  button.file__button:hover { border-color: var(--_primary); background: var(--_surface-alt); }
  .file__button--static { color: var(--_text); cursor: default; }
  .file__icon { flex: none; }
  .file__name { font-weight: 600; text-decoration: underline; text-underline-offset: 2px; overflow-wrap: anywhere; }
  .file__button--static .file__name { text-decoration: none; }
  .file__meta { margin-left: auto; padding-left: 8px; color: var(--_text); font-size: 0.875rem; white-space: nowrap; }
  .file__error { margin-top: 4px; font-size: 0.875rem; }
  @media (min-width: 576px) { .file__button { width: auto; min-width: 320px; max-width: 100%; } }

  .msg__status { margin: 12px 0 0; font-size: 0.9375rem; }
  .msg__status--sending { display: flex; align-items: center; gap: 8px; }
  .msg__status--failed .msg__status-text { margin: 0 0 8px; color: var(--sdc-color-danger-text, #a3263b); }
  .msg__status-actions { display: flex; flex-wrap: wrap; gap: 8px; }
  .spinner {
    width: 16px; height: 16px; border-radius: 50%; flex: none;
    border: 2px solid var(--_border); border-top-color: var(--_primary);
    animation: sdc-spin 0.9s linear infinite;
  }
  @keyframes sdc-spin { to { transform: rotate(360deg); } }
  @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }

  /* "Nuovi messaggi": a rule across the thread with its label, like the mail and chat apps citizens know. */
  .marker { display: flex; align-items: center; gap: 12px; color: var(--_primary-dark); font-weight: 700; font-size: 0.875rem; text-transform: uppercase; letter-spacing: 0.04em; }
  .marker::before, .marker::after { content: ''; flex: 1; border-top: 2px solid var(--_primary); }

  .composer {
    padding: 24px; border-radius: var(--_radius); background: var(--_surface-alt);
    border: 1px solid var(--_border);
  }
  .composer__heading { font-size: 1.25rem; }
  .composer .field { margin-bottom: 16px; }
  .field--error { border-left: 4px solid var(--_danger); padding-left: 12px; }
  .composer__count { margin: 0; color: var(--_muted); font-size: 0.875rem; }
  .composer__count--over { color: var(--sdc-color-danger-text, #a3263b); font-weight: 600; }
  .composer__file-errors { padding-left: 0; list-style: none; display: grid; gap: 4px; }
  .composer__list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  .composer__file {
    display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px; padding: 4px 4px 4px 12px;
    background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius);
  }
  .composer__file-name { font-weight: 600; overflow-wrap: anywhere; }
  .composer__file-size { color: var(--_muted); font-size: 0.875rem; }
  .composer__remove { margin-left: auto; }
  .composer__actions { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; }
  @media (max-width: 575px) { .composer { padding: 16px; } .composer__actions .btn { flex: 1 1 100%; } }
`;

export const styles = [tokens, base, controls, stateStyles, alertStyles, statusTagStyles, thread];
