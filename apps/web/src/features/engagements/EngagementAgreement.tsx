import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { FormProblem, fieldError } from '../../components/FormProblem';
import { api, ApiProblem } from '../../lib/api/client';
import type { Engagement, SignedCopy } from '../../lib/api/types';
import { formatDateTime, formatNumber } from '../../lib/format';
import styles from './engagements.module.css';

/** The largest signed PDF the API takes by default (UPLOAD_LIMIT_BYTES): checked here first, to say so before sending. */
const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const FORMATS = [
  { format: 'pdf', lang: 'fr' },
  { format: 'docx', lang: 'fr' },
  { format: 'pdf', lang: 'en' },
  { format: 'docx', lang: 'en' },
] as const;

/**
 * The agreement: the documents the mechanism needs, drawn up from both profiles and the terms
 * (PDF to sign, DOCX to edit; French, and English for partners abroad), and the signed copies
 * each organization uploads for the current version of the terms.
 */
export function EngagementAgreement({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  const { agreement } = engagement;
  const base = `/api/engagements/${engagement.id}`;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="agreement-title">
      <h2 id="agreement-title">{t('agreement.title')}</h2>
      {!agreement.ready ? (
        <p className="hint">{t('agreement.notReady')}</p>
      ) : (
        <>
          <p>{t('agreement.version', { version: agreement.version })}</p>
          <ul className={styles.documents}>
            {agreement.documents.map((kind) => (
              <li key={kind}>
                <strong>{t(`agreement.kinds.${kind}`)}</strong>
                <span className={styles.downloads}>
                  {FORMATS.map(({ format, lang }) => (
                    <a key={`${format}-${lang}`} href={`${base}/documents/${kind}?format=${format}&lang=${lang}`} download>
                      <span className="visually-hidden">{t(`agreement.kinds.${kind}`)} – </span>
                      {t('agreement.download', { format: format.toUpperCase(), language: t(`agreement.languages.${lang}`) })}
                    </a>
                  ))}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {agreement.documents.length > 0 && engagement.status !== 'cancelled' && <SignedCopyUpload engagement={engagement} />}
      <SignedCopies engagement={engagement} />
    </section>
  );
}

function SignedCopyUpload({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  const client = useQueryClient();
  const [document, setDocument] = useState(engagement.agreement.documents[0]);
  const [file, setFile] = useState<File | null>(null);
  // A new key empties the file input once its file is sent.
  const [sent, setSent] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const side = engagement.yourSides.length === 1 ? engagement.yourSides[0] : 'host';
  const upload = useMutation({
    mutationFn: (pdf: File) =>
      api<SignedCopy>(`/engagements/${engagement.id}/signed-copies`, { method: 'POST', file: pdf, query: { document, version: engagement.agreement.version, side } }),
    onSuccess: () => {
      setFile(null);
      setSent((count) => count + 1);
      void client.invalidateQueries({ queryKey: ['engagements', engagement.id, 'signed-copies'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reason = !file ? t('agreement.upload.missing') : file.type !== 'application/pdf' ? t('agreement.upload.notPdf') : file.size > MAX_UPLOAD_BYTES ? t('agreement.upload.tooBig') : null;
    setProblem(reason);
    if (file && !reason) upload.mutate(file);
  };
  const serverReason = fieldError(upload.error, 'file');
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <h3>{t('agreement.upload.title')}</h3>
      <FormProblem error={upload.error instanceof ApiProblem && serverReason ? null : upload.error} />
      {engagement.agreement.documents.length > 1 && (
        <Field label={t('agreement.upload.document')}>
          {(c) => (
            <select {...c} value={document} onChange={(e) => setDocument(e.target.value)}>
              {engagement.agreement.documents.map((kind) => (
                <option key={kind} value={kind}>{t(`agreement.kinds.${kind}`)}</option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('agreement.upload.file', { version: engagement.agreement.version })} hint={t('agreement.upload.hint')} error={problem ?? serverReason}>
        {(c) => <input {...c} key={sent} type="file" accept="application/pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
      </Field>
      {upload.isSuccess && <p role="status" className="alert alert-ok">{t('agreement.upload.done')}</p>}
      <div className="actions">
        <button type="submit" className="button secondary" disabled={upload.isPending}>
          {upload.isPending ? t('agreement.upload.sending') : t('agreement.upload.send')}
        </button>
      </div>
    </form>
  );
}

function SignedCopies({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation('engagements');
  const copies = useQuery({
    queryKey: ['engagements', engagement.id, 'signed-copies'],
    queryFn: () => api<{ items: SignedCopy[] }>(`/engagements/${engagement.id}/signed-copies`),
  });
  const items = copies.data?.items ?? [];
  if (items.length === 0) return null;
  const organization = (copy: SignedCopy) => (copy.side === 'host' ? engagement.host.name : engagement.provider.name);
  return (
    <>
      <h3>{t('agreement.copies.title')}</h3>
      <ul className={styles.documents}>
        {items.map((copy) => (
          <li key={copy.id}>
            <a href={`/api/engagements/${engagement.id}/signed-copies/${copy.id}`} download>
              {t(`agreement.kinds.${copy.document}`)} – {t('agreement.copies.version', { version: copy.version })}
            </a>
            <span className="meta">
              {t('agreement.copies.by', { organization: organization(copy), date: formatDateTime(copy.createdAt), size: formatNumber(Math.max(1, Math.round(copy.size / 1024))) })}
              {copy.version < engagement.agreement.version && ` · ${t('agreement.copies.earlier')}`}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
