/** One term and its value in a KERN description list (`<dl className="kern-description-list">`). */
export function Fact({ term, children }: { term: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="kern-description-list-item">
      <dt className="kern-description-list-item__key">{term}</dt>
      <dd className="kern-description-list-item__value">{children}</dd>
    </div>
  );
}
