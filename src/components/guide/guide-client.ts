/**
 * Återhämtningsguiden in the browser: answers to the exercises and the plan, kept in the page and
 * saved in this browser's localStorage only when the reader chooses: "Spara" saves once, "save
 * automatically" (off until turned on, then remembered) saves at every change. Nothing is written
 * on load or while typing before that. Every save is checked (src/lib/guide-answers.ts) and the
 * page says plainly when nothing was saved; a failed save leaves the earlier one in place. Export
 * as Markdown or JSON, import of that JSON (limited and checked), "Radera", print modes, chapters
 * read, and Lyssna with the browser's own speech synthesis. It makes no network request and sets no
 * cookie. Every page is complete without it: the questions are plain text and the fields hidden.
 */
import {
  answerKey,
  AUTOSAVE_KEY,
  countAnswers,
  emptyStore,
  importTooLarge,
  loadStore,
  mergeStores,
  readImport,
  removeStored,
  saveStore,
  STORE_KEY,
  toMarkdown,
  type GuideStore,
  type ImportResult,
} from '../../lib/guide-answers.ts';

// Reading the property throws when storage is switched off. Nothing is written to find out.
const storage = (() => {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
})();
const stored = (key: string) => {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
};

let autosave = stored(AUTOSAVE_KEY) === '1';
let store: GuideStore = storage ? loadStore(storage) : emptyStore();
/** Changes since the last save that worked. */
let unsaved = false;

/** Saves the store now; true when the browser kept it (read back). */
function save(): boolean {
  const saved = storage ? saveStore(storage, store).saved : false;
  if (saved) unsaved = false;
  return saved;
}

const panel = document.querySelector<HTMLElement>('[data-answers-panel]');
const strings = JSON.parse(panel?.dataset.strings ?? '{}') as Record<string, string>;
const status = document.querySelector<HTMLElement>('[data-answers-status]');
const say = (message: string | undefined) => {
  if (status && message) status.textContent = message;
};
/** After a change: saved at once when the reader chose "save automatically"; what to say about it. */
function changed(): string | undefined {
  unsaved = true;
  if (!autosave) return strings.unsaved;
  return save() ? strings.saved : strings.notSaved;
}
// A reader who chose to keep answers here is asked before leaving with changes not saved.
window.addEventListener('beforeunload', (event) => {
  if (unsaved && (autosave || stored(STORE_KEY) !== null)) event.preventDefault();
});

const article = document.querySelector<HTMLElement>('[data-chapter]');
const chapter = article?.dataset.chapter ?? '';
const chapterTitle = article?.dataset.chapterTitle ?? chapter;

// The exercises: show the fields, fill in what is kept, keep what is written.
const exercises = [...document.querySelectorAll<HTMLElement>('[data-exercise]')];
const planFields = [...document.querySelectorAll<HTMLTextAreaElement>('[data-plan-field]')];

function printCopy(container: Element, value: string | string[]): void {
  const copy = container.querySelector<HTMLElement>('[data-print-answer]');
  if (copy) copy.textContent = Array.isArray(value) ? value.join(', ') : value;
}

function readExercise(exercise: HTMLElement): string | string[] {
  const textarea = exercise.querySelector('textarea');
  if (textarea) return textarea.value;
  const checked = [...exercise.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value);
  return exercise.dataset.kind === 'choose-several' ? checked : (checked[0] ?? '');
}

function fillExercise(exercise: HTMLElement): void {
  const value = store.answers[answerKey(chapter, exercise.id)]?.value ?? '';
  const textarea = exercise.querySelector('textarea');
  if (textarea) textarea.value = Array.isArray(value) ? value.join('\n') : value;
  for (const input of exercise.querySelectorAll<HTMLInputElement>('input')) {
    input.checked = Array.isArray(value) ? value.includes(input.value) : value === input.value;
  }
  printCopy(exercise, value);
}

function fillAll(): void {
  exercises.forEach(fillExercise);
  for (const field of planFields) {
    field.value = store.plan[field.dataset.planField!]?.value ?? '';
    printCopy(field.closest('.gd-plan__step') ?? field, field.value);
  }
}

for (const exercise of exercises) {
  for (const hidden of exercise.querySelectorAll<HTMLElement>('[data-answer]')) hidden.hidden = false;
  for (const plain of exercise.querySelectorAll<HTMLElement>('[data-static]')) plain.hidden = true;
  exercise.addEventListener('input', () => {
    const value = readExercise(exercise);
    const question = exercise.dataset.question ?? '';
    store.answers[answerKey(chapter, exercise.id)] = { chapter, chapterTitle, question, value };
    printCopy(exercise, value);
    say(changed());
  });
}

for (const field of planFields) {
  field.closest<HTMLElement>('[data-answer]')!.hidden = false;
  field.addEventListener('input', () => {
    const label = document.getElementById(field.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '';
    store.plan[field.dataset.planField!] = { label, value: field.value };
    printCopy(field.closest('.gd-plan__step') ?? field, field.value);
    say(changed());
  });
}
fillAll();

// The panel: save, save automatically, export, import, print, delete.
if (panel && (exercises.length || planFields.length)) {
  panel.hidden = false;
  for (const note of document.querySelectorAll<HTMLElement>('[data-answers-note]')) note.hidden = false;
  panel.querySelector('[data-save]')!.addEventListener('click', () => say(save() ? strings.saved : strings.notSaved));
  const autosaveBox = panel.querySelector<HTMLInputElement>('[data-autosave]')!;
  autosaveBox.checked = autosave;
  autosaveBox.addEventListener('change', () => {
    autosave = autosaveBox.checked;
    try {
      if (!autosave) storage?.removeItem(AUTOSAVE_KEY);
      else if (save()) storage?.setItem(AUTOSAVE_KEY, '1');
      else return say(strings.notSaved);
    } catch {
      // The choice is not remembered after this page; what was saved is said above.
    }
    say(autosave ? strings.autosaveOn : strings.autosaveOff);
  });

  const download = (name: string, type: string, content: string) => {
    const url = URL.createObjectURL(new Blob([content], { type }));
    const link = Object.assign(document.createElement('a'), { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const today = new Date().toISOString().slice(0, 10);
  for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-export]')) {
    button.addEventListener('click', () => {
      if (button.dataset.export === 'md') {
        download(`aterhamtningsguiden-${today}.md`, 'text/markdown', toMarkdown(store, { title: strings.fileTitle!, plan: strings.plan! }));
      } else {
        download(`aterhamtningsguiden-${today}.json`, 'application/json', JSON.stringify(store, null, 2));
      }
    });
  }

  const fileInput = panel.querySelector<HTMLInputElement>('[data-import]')!;
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    // A file too large is not read at all.
    let result: ImportResult = { ok: false, problem: 'too-large' };
    if (!importTooLarge(file.size)) {
      try {
        result = readImport(await file.text());
      } catch {
        result = { ok: false, problem: 'not-json' };
      }
    }
    fileInput.value = '';
    if (!result.ok) return say(strings[result.problem]);
    store = mergeStores(store, result.store);
    fillAll();
    markRead();
    say(`${strings.imported!.replace('{count}', String(countAnswers(result.store)))} ${changed()}`);
  });

  panel.querySelector('[data-delete-all]')!.addEventListener('click', () => {
    if (!window.confirm(strings.deleteConfirm)) return;
    const removed = storage ? removeStored(storage) : true;
    store = emptyStore();
    autosave = autosaveBox.checked = false;
    unsaved = false;
    fillAll();
    markRead();
    say(removed ? strings.deleted : strings.deleteFailed);
  });
}

// Print modes: the worksheet (questions with room to write), my answers, my plan.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-mode]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    const mode = `gd-print-${button.dataset.printMode}`;
    document.documentElement.classList.add(mode);
    window.addEventListener('afterprint', () => document.documentElement.classList.remove(mode), { once: true });
    window.print();
  });
}

// Chapters read: marked when the reader reaches the chapter's end; shown on the guide's pages.
function markRead(): void {
  for (const item of document.querySelectorAll<HTMLElement>('[data-progress-key]')) {
    const mark = item.querySelector<HTMLElement>('[data-read-mark]');
    if (mark) mark.hidden = !store.read.includes(item.dataset.progressKey!);
  }
}
markRead();
const end = document.querySelector('[data-chapter-end]');
if (end && chapter && 'IntersectionObserver' in window) {
  const observer = new IntersectionObserver((seen) => {
    if (!seen.some((e) => e.isIntersecting)) return;
    observer.disconnect();
    if (store.read.includes(chapter)) return;
    store.read.push(chapter);
    // Kept with the next save; at once only when the reader chose "save automatically".
    if (autosave && !save()) say(strings.notSaved);
  });
  observer.observe(end);
}
const reset = document.querySelector<HTMLElement>('[data-progress-reset]');
if (reset) {
  reset.hidden = false;
  reset.addEventListener('click', () => {
    const before = store.read;
    store.read = [];
    // Only what is already saved is rewritten; if that fails, the marks shown are the ones kept.
    if (stored(STORE_KEY) !== null && !save()) store.read = before;
    markRead();
  });
}

// Lyssna: the browser's own speech synthesis, only when it has a voice; nothing leaves the device.
const listen = document.querySelector<HTMLElement>('[data-listen]');
const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
if (listen && synth) {
  const lang = document.documentElement.lang || 'sv';
  const start = listen.querySelector<HTMLButtonElement>('[data-listen-start]')!;
  const pause = listen.querySelector<HTMLButtonElement>('[data-listen-pause]')!;
  const stop = listen.querySelector<HTMLButtonElement>('[data-listen-stop]')!;
  const offer = () => {
    if (synth.getVoices().length) listen.hidden = false;
  };
  offer();
  synth.addEventListener('voiceschanged', offer);
  const playing = (on: boolean) => {
    start.hidden = on;
    pause.hidden = !on;
    stop.hidden = !on;
  };
  start.addEventListener('click', () => {
    synth.cancel();
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang.slice(0, 2)));
    const blocks = [...document.querySelectorAll<HTMLElement>('[data-listen-text] :is(h1, h2, h3, p, li, legend)')].filter(
      (el) => !el.closest('[data-answer], [data-pagefind-ignore], [hidden]'),
    );
    const header = document.querySelector('h1')?.textContent ?? '';
    const texts = [header, ...blocks.map((el) => el.textContent?.trim() ?? '')].filter(Boolean);
    texts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = lang;
      if (voice) utterance.voice = voice;
      if (i === texts.length - 1) utterance.addEventListener('end', () => playing(false));
      synth.speak(utterance);
    });
    playing(true);
    pause.focus();
  });
  pause.addEventListener('click', () => {
    if (synth.paused) {
      synth.resume();
      pause.textContent = pause.dataset.pauseLabel ?? pause.textContent;
    } else {
      synth.pause();
      pause.textContent = pause.dataset.resumeLabel ?? pause.textContent;
    }
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    playing(false);
    start.focus();
  });
}
