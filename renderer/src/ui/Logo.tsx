/** Dyade's mark: two overlapping circles, parent and child, and what lies between them. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false" className="logo">
      <circle cx="25" cy="32" r="17" fill="#0f5e5a" />
      <circle cx="41" cy="32" r="13" fill="#e07a5f" fillOpacity="0.92" />
      <path d="M36.75 19.71A13 13 0 0 0 36.75 44.29A17 17 0 0 0 36.75 19.71z" fill="#f6e3d6" />
    </svg>
  );
}
