# Release builds: static binaries (no cgo) for the usual platforms, in dist/.
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
PLATFORMS := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: test release clean
test:
	go test ./...

release:
	@mkdir -p dist
	@for p in $(PLATFORMS); do \
	  os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
	  echo "dist/unspin-$(VERSION)-$$os-$$arch$$ext"; \
	  CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch go build -trimpath -ldflags "$(LDFLAGS)" \
	    -o dist/unspin-$(VERSION)-$$os-$$arch$$ext ./cmd/unspin || exit 1; \
	done

clean:
	rm -rf dist
