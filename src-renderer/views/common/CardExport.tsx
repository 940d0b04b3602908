/** "Headline card" export: a size to choose and a button; the card is a PNG at exactly that size. */
import { useId, useState } from 'react';
import { CARD_SIZES, type CardSize } from '../../export';

const LABELS: Record<CardSize, string> = {
  landscape: 'Landscape',
  square: 'Square',
  portrait: 'Portrait',
};

export function CardExport(props: { disabled: boolean; onExport: (size: CardSize) => void }) {
  const [size, setSize] = useState<CardSize>('landscape');
  const id = useId();
  return (
    <div className="card-export" role="group" aria-label="Headline card">
      <label htmlFor={id} className="visually-hidden">
        Card size
      </label>
      <select
        id={id}
        value={size}
        title="Size of the headline card"
        onChange={(e) => setSize(e.currentTarget.value as CardSize)}
      >
        {(Object.keys(CARD_SIZES) as CardSize[]).map((k) => (
          <option key={k} value={k}>
            {LABELS[k]} {CARD_SIZES[k].width}×{CARD_SIZES[k].height}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={props.disabled}
        title="One number in large type over a small chart, with the assumption and sources on its face (PNG, alt text as .txt)"
        onClick={() => props.onExport(size)}
      >
        Headline card
      </button>
    </div>
  );
}
