/**
 * `gulp build:icons` runs after `n8n-node build`. It copies the shared icons into dist/ and then checks that every
 * icon a built node or credential points to (`file:...`) exists in dist/, so a package with a broken icon never ships.
 */
const { src, dest, series } = require('gulp');
const fs = require('fs');
const path = require('path');

function copyIcons() {
	return src('icons/*.svg').pipe(dest('dist/icons'));
}

function iconFiles(description, baseDir) {
	const icons = [];
	const icon = description.icon;
	const variants = typeof icon === 'string' ? [icon] : icon ? [icon.light, icon.dark] : [];
	for (const variant of variants) {
		if (typeof variant === 'string' && variant.startsWith('file:')) {
			icons.push(path.resolve(baseDir, variant.slice('file:'.length)));
		}
	}
	return icons;
}

async function checkIcons() {
	const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
	const entries = [...(pkg.n8n.nodes || []), ...(pkg.n8n.credentials || [])];
	const missing = [];
	for (const entry of entries) {
		const file = path.resolve(entry);
		const exported = require(file);
		for (const Type of Object.values(exported)) {
			if (typeof Type !== 'function') continue;
			const instance = new Type();
			const description = instance.description || instance;
			for (const icon of iconFiles(description, path.dirname(file))) {
				if (!fs.existsSync(icon)) missing.push(`${entry}: ${path.relative('.', icon)}`);
			}
		}
	}
	if (missing.length) {
		throw new Error(`Icons missing from dist/:\n  ${missing.join('\n  ')}`);
	}
}

exports['build:icons'] = series(copyIcons, checkIcons);
