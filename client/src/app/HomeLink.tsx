import { navigate } from './navigation';

/** "Go to the home page", moving within the app (no page load). */
export function HomeLink() {
  return (
    <a
      href="/"
      onClick={(e) => {
        e.preventDefault();
        navigate('/');
      }}
    >
      Go to the home page
    </a>
  );
}
